import Foundation

/// Writes TMX 1.4b, UTF-8 without a BOM, unit by unit: a memory of any size is
/// streamed to the file. The output goes through ``OutputFile``: `-` is standard
/// output, and a failed export never leaves half a file under the requested name.
public final class TMXWriter {
    public static let creationTool = "Juru"
    public static let creationToolVersion = "0.1.0"

    private let output: OutputFile
    private var buffer: [UInt8] = []
    private var nextTUID = 1
    private var usedTUIDs: Set<String> = []
    public private(set) var unitsWritten = 0

    /// Starts a TMX document with Indonesian as the source language.
    public convenience init(url: URL, sourceLanguage: String = "id", datatype: String = "plaintext") throws {
        try self.init(path: url.path, sourceLanguage: sourceLanguage, datatype: datatype)
    }

    /// Starts a TMX document at `path` (`-` for standard output).
    public init(path: String, sourceLanguage: String = "id", datatype: String = "plaintext") throws {
        output = try OutputFile(path: path)
        try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="\(Self.creationTool)" creationtoolversion="\(Self.creationToolVersion)" \
            segtype="sentence" o-tmf="Juru" adminlang="en" srclang="\(sourceLanguage)" datatype="\(datatype)" \
            creationdate="\(TMXDate.format(Date()))"/>
              <body>

            """)
    }

    /// Writes one unit with everything its TMX carried (``StoredUnit/extras``): its
    /// own `tuid` when it came with one (`CMU_1:1`), else the next number, 1, 2, …;
    /// its other attributes, and its variants' attributes, notes and properties.
    public func write(_ unit: StoredUnit) throws {
        let extras = unit.extras
        var tuid = extras.tuid
        if tuid == nil {
            // Skip numbers a unit of this export already carries as its own tuid.
            while usedTUIDs.contains(String(nextTUID)) { nextTUID += 1 }
            tuid = String(nextTUID)
            nextTUID += 1
        }
        // Only numbers can clash with the ones given out here.
        if let own = extras.tuid, own.allSatisfy(\.isNumber) { usedTUIDs.insert(own) }
        var out = "    <tu tuid=\"\(XMLText.escape(tuid!))\" srclang=\"\(unit.sourceLanguage)\""
        out += " creationdate=\"\(TMXDate.format(unit.createdAt))\""
        if let user = unit.createdBy { out += " creationid=\"\(XMLText.escape(user))\"" }
        out += " changedate=\"\(TMXDate.format(unit.changedAt))\""
        if let user = unit.changedBy { out += " changeid=\"\(XMLText.escape(user))\"" }
        if unit.usageCount > 0 { out += " usagecount=\"\(unit.usageCount)\"" }
        out += Self.attributes(extras.unitAttributes.filter { $0.key != "tuid" })
        out += ">\n"
        if let note = unit.note { out += "      <note>\(XMLText.escape(note))</note>\n" }
        out += "      <prop type=\"x-juru-origin\">\(XMLText.escape(unit.origin))</prop>\n"
        // A unit exported before and imported again carries its old origin: once is enough.
        out += Self.properties(unit.tmxProperties.filter { $0.type != "x-juru-origin" }, indent: "      ")
        out += variant(unit.sourceLanguage, attributes: extras.sourceAttributes, notes: extras.sourceNotes,
                       properties: extras.sourceProperties, segment: unit.sourceMarkup ?? XMLText.escape(unit.source))
        out += variant(unit.targetLanguage, attributes: extras.targetAttributes, notes: extras.targetNotes,
                       properties: extras.targetProperties, segment: unit.targetMarkup ?? XMLText.escape(unit.target))
        out += "    </tu>\n"
        try write(out)
        unitsWritten += 1
    }

    private func variant(_ language: String, attributes: [String: String], notes: [String],
                         properties: [TMXProperty], segment: String) -> String {
        let open = "      <tuv xml:lang=\"\(language)\"\(Self.attributes(attributes))>"
        guard !notes.isEmpty || !properties.isEmpty else { return open + "<seg>\(segment)</seg></tuv>\n" }
        // TMX puts a variant's notes and properties before its <seg>.
        var out = open + "\n"
        for note in notes { out += "        <note>\(XMLText.escape(note))</note>\n" }
        out += Self.properties(properties, indent: "        ")
        return out + "        <seg>\(segment)</seg>\n      </tuv>\n"
    }

    /// Attributes in name order, so that the same unit is always written the same way.
    private static func attributes(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(XMLText.escape($0.value))\"" }.joined()
    }

    private static func properties(_ properties: [TMXProperty], indent: String) -> String {
        properties.map { "\(indent)<prop type=\"\(XMLText.escape($0.type))\">\(XMLText.escape($0.value))</prop>\n" }.joined()
    }

    /// Keeps `tuids` (the numeric ones units bring with them, ``MemoryStore/numericTUIDs(inMemories:)``)
    /// out of the numbers given to units without one, so that no two units share a tuid.
    public func reserve(_ tuids: Set<String>) {
        usedTUIDs.formUnion(tuids)
    }

    /// Closes the document and moves it into place.
    public func finish() throws {
        try write("  </body>\n</tmx>\n")
        try flush()
        try output.commit()
    }

    /// Drops the partial file.
    public func cancel() {
        output.cancel()
    }

    private func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
