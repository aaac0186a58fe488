/// A 4-ary min-heap whose elements are identified by small, dense, non-negative integer ids
/// chosen by the caller (an agent's index, a chat's slot).
///
/// Besides insertion and removal of the minimum, any element can be removed or re-keyed by its id
/// in O(log n), which is what routing indexes need (an agent's load changed). Equal keys are
/// popped in no particular order, so callers that need a fixed order make the key total.
///
/// Heap entries and the position of each id share one array of slots: slot `i` holds the entry at
/// heap position `i` and the heap position of id `i` (the heap never holds more entries than
/// there are ids, so both fit). Storage grows to the largest id seen and is then reused: a heap
/// in steady state does not allocate, and each operation touches its storage through one unsafe
/// access.
public struct IndexedHeap<Key: Comparable> {
    @usableFromInline
    struct Entry {
        @usableFromInline var key: Key
        @usableFromInline var id: Int32

        @inlinable
        init(key: Key, id: Int32) {
            self.key = key
            self.id = id
        }
    }

    @usableFromInline
    struct Slot {
        /// The entry at this heap position (meaningful below `heapCount` only).
        @usableFromInline var entry: Entry
        /// Heap position of the id equal to this slot's index, or -1 when that id is not in the heap.
        @usableFromInline var position: Int32

        @inlinable
        init(entry: Entry, position: Int32) {
            self.entry = entry
            self.position = position
        }
    }

    @usableFromInline var slots: [Slot] = []
    @usableFromInline var heapCount = 0

    /// Creates an empty heap.
    @inlinable
    public init() {}

    /// Number of elements in the heap.
    @inlinable public var count: Int { heapCount }

    /// Whether the heap is empty.
    @inlinable public var isEmpty: Bool { heapCount == 0 }

    /// The element with the smallest key, without removing it.
    @inlinable
    public var min: (id: Int, key: Key)? {
        guard heapCount > 0 else { return nil }
        let first = slots[0].entry
        return (Int(first.id), first.key)
    }

    /// Every element with its key, in no particular order.
    public var elements: [(id: Int, key: Key)] {
        slots[0..<heapCount].map { (Int($0.entry.id), $0.entry.key) }
    }

    /// Whether the element `id` is in the heap.
    @inlinable
    public func contains(_ id: Int) -> Bool {
        id >= 0 && id < slots.count && slots[id].position >= 0
    }

    /// The key of element `id`, or `nil` when it is not in the heap.
    @inlinable
    public func key(of id: Int) -> Key? {
        guard contains(id) else { return nil }
        return slots[Int(slots[id].position)].entry.key
    }

    /// Adds element `id` with `key`. The id must not already be in the heap.
    @inlinable @inline(__always)
    public mutating func insert(_ id: Int, key: Key) {
        precondition(id >= 0 && id <= Int(Int32.max), "IndexedHeap ids are small non-negative integers")
        let entry = Entry(key: key, id: Int32(id))
        if id >= slots.count {
            // New slots hold a copy of this entry until the heap grows into them.
            let added = Swift.max(id + 1 - slots.count, slots.count)
            slots.append(contentsOf: repeatElement(Slot(entry: entry, position: -1), count: added))
        }
        heapCount += 1
        let start = heapCount - 1
        slots.withUnsafeMutableBufferPointer { slots in
            precondition(slots[id].position < 0, "IndexedHeap: id \(id) is already in the heap")
            Self.siftUp(entry, from: start, slots)
        }
    }

    /// Removes and returns the element with the smallest key.
    @inlinable
    @discardableResult
    public mutating func popMin() -> (id: Int, key: Key)? {
        guard heapCount > 0 else { return nil }
        let first = slots[0].entry
        removeEntry(at: 0)
        return (Int(first.id), first.key)
    }

    /// Removes element `id` and returns its key, or returns `nil` when it was not in the heap.
    @inlinable @inline(__always)
    @discardableResult
    public mutating func remove(_ id: Int) -> Key? {
        guard contains(id) else { return nil }
        let position = Int(slots[id].position)
        let key = slots[position].entry.key
        removeEntry(at: position)
        return key
    }

    /// Gives element `id` a new key, inserting it when it is not in the heap.
    @inlinable @inline(__always)
    public mutating func update(_ id: Int, key: Key) {
        guard contains(id) else {
            insert(id, key: key)
            return
        }
        let count = heapCount
        slots.withUnsafeMutableBufferPointer { slots in
            let position = Int(slots[id].position)
            let old = slots[position].entry.key
            let entry = Entry(key: key, id: Int32(id))
            if key < old {
                Self.siftUp(entry, from: position, slots)
            } else {
                Self.siftDown(entry, from: position, count: count, slots)
            }
        }
    }

    /// Removes every element, keeping the storage for reuse.
    @inlinable
    public mutating func removeAll() {
        for position in 0..<heapCount { slots[Int(slots[position].entry.id)].position = -1 }
        heapCount = 0
    }

    @inlinable @inline(__always)
    mutating func removeEntry(at position: Int) {
        heapCount -= 1
        let last = heapCount
        slots.withUnsafeMutableBufferPointer { slots in
            slots[Int(slots[position].entry.id)].position = -1
            guard position < last else { return }
            let moving = slots[last].entry
            if position > 0 && moving.key < slots[(position - 1) >> 2].entry.key {
                Self.siftUp(moving, from: position, slots)
            } else {
                Self.siftDown(moving, from: position, count: last, slots)
            }
        }
    }

    /// Places `moving` at or above the hole at `start`, moving larger parents down.
    @inlinable @inline(__always)
    static func siftUp(_ moving: Entry, from start: Int, _ slots: UnsafeMutableBufferPointer<Slot>) {
        var hole = start
        while hole > 0 {
            let parent = (hole - 1) >> 2
            let above = slots[parent].entry
            guard moving.key < above.key else { break }
            slots[hole].entry = above
            slots[Int(above.id)].position = Int32(hole)
            hole = parent
        }
        slots[hole].entry = moving
        slots[Int(moving.id)].position = Int32(hole)
    }

    /// Places `moving` at or below the hole at `start` among the first `count` entries, moving
    /// smaller children up.
    @inlinable @inline(__always)
    static func siftDown(_ moving: Entry, from start: Int, count: Int, _ slots: UnsafeMutableBufferPointer<Slot>) {
        var hole = start
        while true {
            let firstChild = 4 * hole + 1
            guard firstChild < count else { break }
            var best = firstChild
            let lastChild = Swift.min(firstChild + 3, count - 1)
            var child = firstChild + 1
            while child <= lastChild {
                if slots[child].entry.key < slots[best].entry.key { best = child }
                child += 1
            }
            let below = slots[best].entry
            guard below.key < moving.key else { break }
            slots[hole].entry = below
            slots[Int(below.id)].position = Int32(hole)
            hole = best
        }
        slots[hole].entry = moving
        slots[Int(moving.id)].position = Int32(hole)
    }
}

extension IndexedHeap: Sendable where Key: Sendable {}
extension IndexedHeap.Entry: Sendable where Key: Sendable {}
extension IndexedHeap.Slot: Sendable where Key: Sendable {}
