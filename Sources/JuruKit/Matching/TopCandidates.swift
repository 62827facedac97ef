/// The `capacity` best-ranked candidates seen so far: a min-heap on a 64-bit key
/// whose high half is the candidate's estimate and low half breaks ties in favour
/// of the older entry.
struct TopCandidates {
    let capacity: Int
    private(set) var keys: [UInt64] = []

    init(capacity: Int) {
        self.capacity = capacity
        keys.reserveCapacity(capacity)
    }

    /// The key a candidate must beat once the list is full.
    var threshold: UInt64 { keys.count < capacity ? 0 : keys[0] }

    static func key(estimate: UInt32, entry: UInt32) -> UInt64 {
        UInt64(estimate) << 32 | UInt64(UInt32.max - entry)
    }

    static func entry(of key: UInt64) -> UInt32 { UInt32.max - UInt32(truncatingIfNeeded: key) }
    static func estimate(of key: UInt64) -> UInt32 { UInt32(key >> 32) }

    @inline(__always)
    mutating func offer(_ key: UInt64) {
        if keys.count < capacity {
            keys.append(key)
            siftUp(keys.count - 1)
        } else if key > keys[0] {
            keys[0] = key
            siftDown(0)
        }
    }

    /// The candidates, best first.
    func bestFirst() -> [UInt64] { keys.sorted(by: >) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= keys[child] { return }
            keys.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            if left >= keys.count { return }
            var smallest = left
            if left + 1 < keys.count && keys[left + 1] < keys[left] { smallest = left + 1 }
            if keys[parent] <= keys[smallest] { return }
            keys.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
