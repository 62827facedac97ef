import Foundation

/// Writes TMX 1.4b, UTF-8 without a BOM, unit by unit: a memory of any size is
/// streamed to the file. The output is written to a temporary file beside the
/// destination and moved into place when complete, so a failed export never leaves
/// half a file under the requested name.
public final class TMXWriter {
    public static let creationTool = "Juru"
    public static let creationToolVersion = "0.1.0"

    private let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var nextTUID = 1
    public private(set) var unitsWritten = 0

    /// Starts a TMX document with Indonesian as the source language.
    public init(url: URL, sourceLanguage: String = "id", datatype: String = "plaintext") throws {
        destination = url
        temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).part")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw TMXError.unwritable(url.path)
        }
        self.handle = handle
        write("""
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
        write(out)
        nextTUID += 1
        unitsWritten += 1
    }

    /// Closes the document and moves it into place.
    public func finish() throws {
        write("  </body>\n</tmx>\n")
        flush()
        try handle.close()
        if FileManager.default.fileExists(atPath: destination.path) {
            _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
        } else {
            try FileManager.default.moveItem(at: temporary, to: destination)
        }
    }

    /// Drops the partial file.
    public func cancel() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    private func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
