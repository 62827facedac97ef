import CPageTree
import Foundation

/// A strict first pass over an XLIFF file with libxml2, before FoundationXML reads it
/// into a tree (which recovers from broken XML silently): it says where the XML
/// breaks, as `FILE:LINE:COLUMN`.
enum XLIFFWellFormedness {
    static func check(_ data: Data, path: String) throws {
        var line = 0, column = 0
        let capacity = 256
        var message = [CChar](repeating: 0, count: capacity)
        let ok = data.withUnsafeBytes { raw in
            juru_xml_check(raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, &line, &column, &message, capacity)
        }
        guard ok == 0 else { return }
        let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw XLIFFError.malformed(path, line: max(line, 1), column: max(column, 1), reason: reason.isEmpty ? "not well-formed XML" : reason)
    }
}
