import Foundation

/// The bytes of an index written out: arrays of fixed-width numbers one after another,
/// each preceded by its element count, so that reading one back is a copy, not a
/// rebuild. Numbers are stored as the machine has them (little-endian on every
/// platform Juru builds for); the file is a cache of this machine's store, never
/// exchanged.
enum IndexArchive {
    struct Malformed: Error {}

    struct Writer {
        private(set) var data = Data()

        mutating func append<T: FixedWidthInteger>(_ array: [T]) {
            append(UInt64(array.count))
            array.withUnsafeBytes { data.append(contentsOf: $0) }
        }

        mutating func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
        }
    }

    /// Reads what a ``Writer`` wrote, in the same order, from an open file: each array
    /// is read straight into its own storage (no second copy in memory). Every count is
    /// checked against what is left, so a cut or damaged file throws ``Malformed``
    /// instead of trapping.
    struct Reader {
        private let descriptor: Int32
        private let size: Int
        private var offset = 0

        init(descriptor: Int32, size: Int) {
            self.descriptor = descriptor
            self.size = size
        }

        var isAtEnd: Bool { offset == size }

        mutating func value<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
            var value = T.zero
            try withUnsafeMutableBytes(of: &value) { try read(into: $0) }
            return value
        }

        mutating func array<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
            let count = try value(UInt64.self)
            guard count <= UInt64(size - offset) / UInt64(MemoryLayout<T>.stride) else { throw Malformed() }
            return try [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                try read(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = Int(count)
            }
        }

        private mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws {
            guard buffer.count <= size - offset else { throw Malformed() }
            var done = 0
            while done < buffer.count {
                let got = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                guard got > 0 else { throw Malformed() }
                done += got
            }
            offset += buffer.count
        }
    }
}
