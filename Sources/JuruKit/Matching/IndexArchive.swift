import Foundation

/// The bytes of an index written out: arrays of fixed-width numbers one after another,
/// each preceded by its element count and padded to 8 bytes, so that reading one back
/// is a view into the mapped file, not a rebuild or even a copy. Numbers are stored as
/// the machine has them (little-endian on every platform Juru builds for); the file is
/// a cache of this machine's store, never exchanged.
enum IndexArchive {
    struct Malformed: Error {}

    /// Every array and value starts at a multiple of this, so a view of it is aligned.
    static let alignment = 8

    struct Writer {
        private(set) var data = Data()

        mutating func append<T: FixedWidthInteger>(_ array: [T]) {
            append(UInt64(array.count))
            array.withUnsafeBytes { data.append(contentsOf: $0) }
            pad()
        }

        mutating func append<T: FixedWidthInteger>(_ array: IndexArray<T>) {
            append(UInt64(array.count))
            array.withUnsafeBufferPointer { data.append(contentsOf: UnsafeRawBufferPointer($0)) }
            pad()
        }

        mutating func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
            pad()
        }

        private mutating func pad() {
            let extra = data.count % IndexArchive.alignment
            if extra != 0 { data.append(contentsOf: repeatElement(UInt8(0), count: IndexArchive.alignment - extra)) }
        }
    }

    /// Reads what a ``Writer`` wrote, in the same order, from the mapped file: arrays
    /// come back as views into it (``IndexArray``). Every count is checked against
    /// what is left, so a cut or damaged file throws ``Malformed`` instead of trapping.
    struct Reader {
        private let file: MappedFile
        private var offset = 0

        init(file: MappedFile) {
            self.file = file
        }

        var isAtEnd: Bool { offset == file.bytes.count }

        mutating func value<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
            let start = try take(MemoryLayout<T>.size)
            return file.bytes.loadUnaligned(fromByteOffset: start, as: T.self)
        }

        /// A view of the next array in the file.
        mutating func array<T: FixedWidthInteger>(_: T.Type = T.self) throws -> IndexArray<T> {
            let count = try value(UInt64.self)
            guard count <= UInt64(file.bytes.count - offset) / UInt64(MemoryLayout<T>.stride) else { throw Malformed() }
            let start = try take(Int(count) * MemoryLayout<T>.stride)
            let pointer = (file.bytes.baseAddress! + start).assumingMemoryBound(to: T.self)
            return IndexArray(viewing: pointer, count: Int(count), mapping: file)
        }

        /// The next array, copied out of the file.
        mutating func copiedArray<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
            try array(T.self).array
        }

        /// The offset of the next `size` bytes, moving past them and their padding.
        private mutating func take(_ size: Int) throws -> Int {
            guard size <= file.bytes.count - offset else { throw Malformed() }
            let start = offset
            let padded = (size + IndexArchive.alignment - 1) / IndexArchive.alignment * IndexArchive.alignment
            offset = min(file.bytes.count, offset + padded)
            return start
        }
    }
}
