import Foundation

/// Reads a file line by line in large chunks, so a file of any size is never held
/// in memory as a whole. Lines are split on LF; a CR before it is dropped.
public struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    public private(set) var lineNumber = 0
    /// Bytes read so far, for progress.
    public private(set) var bytesRead = 0

    public init(url: URL) throws {
        try InputFile.check(url)
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw TextFileError.unreadable(url.path) }
        self.handle = handle
    }

    /// Calls `body` with each line's bytes until the end of the file.
    public mutating func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        while let line = try nextLineRange() {
            try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[line])) }
        }
    }

    private mutating func nextLineRange() throws -> Range<Int>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = start..<end
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = start..<buffer.count
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { atEnd = true } else {
                bytesRead += chunk.count
                buffer.append(contentsOf: chunk)
            }
        }
    }
}
