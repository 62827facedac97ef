import Foundation

/// An array of numbers the fuzzy index keeps, either its own (built, or grown by
/// entries added since the index file was read) or a view into the mapped index file.
///
/// A view costs nothing to open: a memory of a million units opens without copying
/// its 400 MB index into fresh pages, which was most of the time it took. The first
/// change to a view copies it into storage of its own (a confirmation after opening
/// pays that once, for the arrays it grows).
struct IndexArray<Element: FixedWidthInteger>: @unchecked Sendable {
    /// The storage, shared between copies until one of them changes (as `Array` does).
    private var storage: Storage

    init() {
        storage = Storage(capacity: 0)
    }

    init(_ elements: [Element]) {
        storage = Storage(capacity: elements.count)
        elements.withUnsafeBufferPointer { storage.append(contentsOf: $0) }
    }

    init(repeating element: Element, count: Int) {
        storage = Storage(capacity: count)
        storage.pointer.initialize(repeating: element, count: count)
        storage.count = count
    }

    /// A view of `count` numbers at `pointer`, kept valid by `mapping`.
    init(viewing pointer: UnsafePointer<Element>, count: Int, mapping: MappedFile) {
        storage = Storage(viewing: pointer, count: count, mapping: mapping)
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.count == 0 }
    /// Elements held in storage of its own (0 for a view of the file), for the
    /// memory footprint.
    var capacity: Int { storage.mapping == nil ? storage.capacity : 0 }

    subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < storage.count, "IndexArray index out of range")
            return storage.pointer[position]
        }
        set {
            precondition(position >= 0 && position < storage.count, "IndexArray index out of range")
            makeUnique()
            storage.pointer[position] = newValue
        }
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.pointer, count: storage.count)) }
    }

    mutating func withUnsafeMutableBufferPointer<R>(_ body: (UnsafeMutableBufferPointer<Element>) throws -> R) rethrows -> R {
        makeUnique()
        return try body(UnsafeMutableBufferPointer(start: storage.pointer, count: storage.count))
    }

    mutating func append(_ element: Element) {
        makeUnique(reserving: 1)
        storage.append(element)
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        makeUnique(reserving: elements.count)
        storage.append(contentsOf: elements)
    }

    mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    /// Drops the elements from `start` on.
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        precondition(range.lowerBound >= 0 && range.lowerBound <= count, "IndexArray range out of bounds")
        makeUnique()
        storage.count = range.lowerBound
    }

    var array: [Element] { withUnsafeBufferPointer { Array($0) } }

    /// Makes the storage this array's own and writable, with room for `extra` more.
    private mutating func makeUnique(reserving extra: Int = 0) {
        let needed = storage.count + extra
        if storage.mapping == nil && isKnownUniquelyReferenced(&storage) {
            if needed > storage.capacity { storage.grow(to: Swift.max(needed, storage.capacity * 2, 16)) }
            return
        }
        let copy = Storage(capacity: Swift.max(needed, storage.count + storage.count / 8, 16))
        copy.append(contentsOf: UnsafeBufferPointer(start: storage.pointer, count: storage.count))
        storage = copy
    }

    private final class Storage {
        var pointer: UnsafeMutablePointer<Element>
        var count = 0
        var capacity: Int
        /// Set for a view of the index file; then nothing is freed here.
        let mapping: MappedFile?

        init(capacity: Int) {
            pointer = .allocate(capacity: Swift.max(capacity, 1))
            self.capacity = Swift.max(capacity, 1)
            mapping = nil
        }

        init(viewing pointer: UnsafePointer<Element>, count: Int, mapping: MappedFile) {
            self.pointer = UnsafeMutablePointer(mutating: pointer)
            self.count = count
            capacity = count
            self.mapping = mapping
        }

        deinit {
            if mapping == nil { pointer.deallocate() }
        }

        func append(_ element: Element) {
            (pointer + count).initialize(to: element)
            count += 1
        }

        func append(contentsOf elements: UnsafeBufferPointer<Element>) {
            guard let base = elements.baseAddress, !elements.isEmpty else { return }
            (pointer + count).initialize(from: base, count: elements.count)
            count += elements.count
        }

        func grow(to newCapacity: Int) {
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
            grown.initialize(from: pointer, count: count)
            pointer.deallocate()
            pointer = grown
            capacity = newCapacity
        }
    }
}

extension IndexArray: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }
}

extension IndexArray: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension IndexArray: Equatable {
    static func == (a: IndexArray, b: IndexArray) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.elementsEqual(b) } }
    }
}

/// A file mapped read-only into memory, unmapped when the last view of it goes.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Maps the open file `descriptor` of `size` bytes; nil when it cannot be mapped.
    init?(descriptor: Int32, size: Int) {
        guard size > 0 else { return nil }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }  // MAP_FAILED
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
