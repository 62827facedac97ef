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

        mutating func append(_ bytes: Data) {
            append(UInt64(bytes.count))
            data.append(bytes)
        }
    }

    /// Reads what a ``Writer`` wrote, in the same order; every count is checked against
    /// what is left, so a cut or damaged file throws ``Malformed`` instead of trapping.
    struct Reader {
        private let data: Data
        private var offset: Int

        init(_ data: Data) {
            self.data = data
            offset = data.startIndex
        }

        var isAtEnd: Bool { offset == data.endIndex }

        mutating func value<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
            let size = MemoryLayout<T>.size
            guard data.endIndex - offset >= size else { throw Malformed() }
            var value = T.zero
            withUnsafeMutableBytes(of: &value) { data.copyBytes(to: $0, from: offset..<offset + size) }
            offset += size
            return value
        }

        mutating func array<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
            let count = try value(UInt64.self)
            let size = MemoryLayout<T>.stride
            guard count <= UInt64(data.endIndex - offset) / UInt64(size) else { throw Malformed() }
            let bytes = Int(count) * size
            let array = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                data.copyBytes(to: UnsafeMutableRawBufferPointer(buffer), from: offset..<offset + bytes)
                initialized = Int(count)
            }
            offset += bytes
            return array
        }

        mutating func bytes() throws -> Data {
            let count = try value(UInt64.self)
            guard count <= UInt64(data.endIndex - offset) else { throw Malformed() }
            let bytes = data[offset..<offset + Int(count)]
            offset += Int(count)
            return Data(bytes)
        }
    }
}
