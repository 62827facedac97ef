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

    /// Writes one unit. `tuid`s are numbered 1, 2, … in the order written.
    public func write(_ unit: StoredUnit) throws {
        var out = "    <tu tuid=\"\(nextTUID)\" srclang=\"\(unit.sourceLanguage)\""
        out += " creationdate=\"\(TMXDate.format(unit.createdAt))\""
        if let user = unit.createdBy { out += " creationid=\"\(XMLText.escape(user))\"" }
        out += " changedate=\"\(TMXDate.format(unit.changedAt))\""
        if let user = unit.changedBy { out += " changeid=\"\(XMLText.escape(user))\"" }
        if unit.usageCount > 0 { out += " usagecount=\"\(unit.usageCount)\"" }
        out += ">\n"
        if let note = unit.note { out += "      <note>\(XMLText.escape(note))</note>\n" }
        out += "      <prop type=\"x-juru-origin\">\(XMLText.escape(unit.origin))</prop>\n"
        for property in unit.tmxProperties {
            out += "      <prop type=\"\(XMLText.escape(property.type))\">\(XMLText.escape(property.value))</prop>\n"
        }
        out += "      <tuv xml:lang=\"\(unit.sourceLanguage)\"><seg>\(unit.sourceMarkup ?? XMLText.escape(unit.source))</seg></tuv>\n"
        out += "      <tuv xml:lang=\"\(unit.targetLanguage)\"><seg>\(unit.targetMarkup ?? XMLText.escape(unit.target))</seg></tuv>\n"
        out += "    </tu>\n"
        try write(out)
        nextTUID += 1
        unitsWritten += 1
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
