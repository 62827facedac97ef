import Foundation

/// Reads the text files a translator gives Juru: UTF-8 (a byte-order mark is dropped)
/// or UTF-16 with a byte-order mark. Anything else is refused with a clear message
/// rather than guessed at.
public enum TextFile {
    /// The largest file read whole (a news article is a few kilobytes).
    public static let sizeLimit = 64 * 1024 * 1024

    public static func read(_ url: URL) throws(TextFileError) -> String {
        let path = url.path
        try InputFile.check(url)
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard data.count <= sizeLimit else { throw .tooLarge(path, data.count) }
        return try decode(data, name: path)
    }

    /// Decodes bytes as UTF-8 or BOM-marked UTF-16.
    public static func decode(_ data: Data, name: String) throws(TextFileError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else { throw .notText(name, "UTF-16 with an odd number of bytes") }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                          : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            var text = ""
            var iterator = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
                case .emptyInput: break loop
                case .error: throw .notText(name, "invalid UTF-16")
                }
            }
            return text
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let nul = body.firstIndex(of: 0) {
            throw .binary(name, offset: nul - body.startIndex)
        }
        if let text = String(validating: body, as: UTF8.self) {
            return text
        }
        // Find the first bad byte, so the message can point at it.
        var line = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var good = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                good += String(scalar).utf8.count
                offset = good
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw .notUTF8(name, line: line, offset: offset)
    }
}

/// Why a text file could not be read.
public enum TextFileError: Error, LocalizedError, Equatable {
    case missing(String)
    case isFolder(String)
    case unreadable(String)
    case tooLarge(String, Int)
    case binary(String, offset: Int)
    case notUTF8(String, line: Int, offset: Int)
    case notText(String, String)
    /// A named pipe, a device or a socket: Juru reads only regular files.
    case notRegular(String, kind: String)
    case empty(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .isFolder(let path): "\(path): is a folder, not a file"
        case .unreadable(let path): "\(path): cannot be read (check its permissions)"
        case .tooLarge(let path, let size): "\(path): \(size) bytes is too large for a text article (limit \(TextFile.sizeLimit))"
        case .binary(let path, let offset): "\(path): looks binary (NUL byte at offset \(offset)), not a text article"
        case .notUTF8(let path, let line, let offset): "\(path):\(line): not valid UTF-8 (byte offset \(offset)); save the file as UTF-8"
        case .notText(let path, let reason): "\(path): not readable text: \(reason)"
        case .notRegular(let path, let kind): "\(path): is \(kind), not a regular file; Juru reads only regular files"
        case .empty(let path): "\(path): the file is empty"
        }
    }
}
