/// A 4-ary min-heap whose elements are identified by small, dense, non-negative integer ids
/// chosen by the caller (an agent's index, a chat's slot).
///
/// Besides insertion and removal of the minimum, any element can be removed or re-keyed by its id
/// in O(log n), which is what routing indexes need (an agent's load changed). Equal keys are
/// popped in no particular order, so callers that need a fixed order make the key total. Storage
/// grows to the largest id and the largest size seen and is then reused: a heap in steady state
/// does not allocate, and each operation touches its storage through one unsafe access.
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

    /// The first `heapCount` entries, in heap order (the children of `i` are `4i + 1 … 4i + 4`);
    /// entries beyond are spare storage.
    @usableFromInline var entries: [Entry] = []
    @usableFromInline var heapCount = 0
    /// Heap position of each id, or -1 when the id is not in the heap.
    @usableFromInline var positions: [Int32] = []

    /// Creates an empty heap, reserving room for ids below `idCapacity`.
    @inlinable
    public init(idCapacity: Int = 0) {
        entries.reserveCapacity(idCapacity)
        positions = Array(repeating: -1, count: idCapacity)
    }

    /// Number of elements in the heap.
    @inlinable public var count: Int { heapCount }

    /// Whether the heap is empty.
    @inlinable public var isEmpty: Bool { heapCount == 0 }

    /// The element with the smallest key, without removing it.
    @inlinable
    public var min: (id: Int, key: Key)? {
        guard heapCount > 0 else { return nil }
        let first = entries[0]
        return (Int(first.id), first.key)
    }

    /// Every element with its key, in no particular order.
    public var elements: [(id: Int, key: Key)] {
        entries[0..<heapCount].map { (Int($0.id), $0.key) }
    }

    /// Whether the element `id` is in the heap.
    @inlinable
    public func contains(_ id: Int) -> Bool {
        id < positions.count && positions[id] >= 0
    }

    /// The key of element `id`, or `nil` when it is not in the heap.
    @inlinable
    public func key(of id: Int) -> Key? {
        guard contains(id) else { return nil }
        return entries[Int(positions[id])].key
    }

    /// Adds element `id` with `key`. The id must not already be in the heap.
    @inlinable
    public mutating func insert(_ id: Int, key: Key) {
        precondition(id >= 0 && id <= Int(Int32.max), "IndexedHeap ids are small non-negative integers")
        if id >= positions.count {
            positions.append(contentsOf: repeatElement(-1, count: Swift.max(id + 1 - positions.count, positions.count)))
        }
        precondition(positions[id] < 0, "IndexedHeap: id \(id) is already in the heap")
        let entry = Entry(key: key, id: Int32(id))
        if heapCount == entries.count { entries.append(entry) }
        heapCount += 1
        let start = heapCount - 1
        withStorage { heap, positions in Self.siftUp(entry, from: start, heap, positions) }
    }

    /// Removes and returns the element with the smallest key.
    @inlinable
    @discardableResult
    public mutating func popMin() -> (id: Int, key: Key)? {
        guard heapCount > 0 else { return nil }
        let first = entries[0]
        removeEntry(at: 0)
        return (Int(first.id), first.key)
    }

    /// Removes element `id` and returns its key, or returns `nil` when it was not in the heap.
    @inlinable
    @discardableResult
    public mutating func remove(_ id: Int) -> Key? {
        guard contains(id) else { return nil }
        let position = Int(positions[id])
        let key = entries[position].key
        removeEntry(at: position)
        return key
    }

    /// Gives element `id` a new key, inserting it when it is not in the heap.
    @inlinable
    public mutating func update(_ id: Int, key: Key) {
        guard contains(id) else {
            insert(id, key: key)
            return
        }
        let position = Int(positions[id])
        let count = heapCount
        withStorage { heap, positions in
            let old = heap[position].key
            let entry = Entry(key: key, id: Int32(id))
            if key < old {
                Self.siftUp(entry, from: position, heap, positions)
            } else {
                Self.siftDown(entry, from: position, count: count, heap, positions)
            }
        }
    }

    /// Removes every element, keeping the storage for reuse.
    @inlinable
    public mutating func removeAll() {
        for position in 0..<heapCount { positions[Int(entries[position].id)] = -1 }
        heapCount = 0
    }

    @inlinable
    mutating func removeEntry(at position: Int) {
        heapCount -= 1
        let last = heapCount
        withStorage { heap, positions in
            positions[Int(heap[position].id)] = -1
            guard position < last else { return }
            let moving = heap[last]
            if position > 0 && moving.key < heap[(position - 1) >> 2].key {
                Self.siftUp(moving, from: position, heap, positions)
            } else {
                Self.siftDown(moving, from: position, count: last, heap, positions)
            }
        }
    }

    /// Runs `body` on the heap entries and the positions, each as one unsafe buffer.
    @inlinable
    mutating func withStorage(
        _ body: (UnsafeMutableBufferPointer<Entry>, UnsafeMutableBufferPointer<Int32>) -> Void
    ) {
        entries.withUnsafeMutableBufferPointer { heap in
            positions.withUnsafeMutableBufferPointer { positions in body(heap, positions) }
        }
    }

    /// Places `moving` at or above the hole at `start`, moving larger parents down.
    @inlinable
    static func siftUp(_ moving: Entry, from start: Int, _ heap: UnsafeMutableBufferPointer<Entry>,
                       _ positions: UnsafeMutableBufferPointer<Int32>) {
        var hole = start
        while hole > 0 {
            let parent = (hole - 1) >> 2
            guard moving.key < heap[parent].key else { break }
            heap[hole] = heap[parent]
            positions[Int(heap[hole].id)] = Int32(hole)
            hole = parent
        }
        heap[hole] = moving
        positions[Int(moving.id)] = Int32(hole)
    }

    /// Places `moving` at or below the hole at `start` among the first `count` entries, moving
    /// smaller children up.
    @inlinable
    static func siftDown(_ moving: Entry, from start: Int, count: Int, _ heap: UnsafeMutableBufferPointer<Entry>,
                         _ positions: UnsafeMutableBufferPointer<Int32>) {
        var hole = start
        while true {
            let firstChild = 4 * hole + 1
            guard firstChild < count else { break }
            var best = firstChild
            let lastChild = Swift.min(firstChild + 3, count - 1)
            var child = firstChild + 1
            while child <= lastChild {
                if heap[child].key < heap[best].key { best = child }
                child += 1
            }
            guard heap[best].key < moving.key else { break }
            heap[hole] = heap[best]
            positions[Int(heap[hole].id)] = Int32(hole)
            hole = best
        }
        heap[hole] = moving
        positions[Int(moving.id)] = Int32(hole)
    }
}

extension IndexedHeap: Sendable where Key: Sendable {}
extension IndexedHeap.Entry: Sendable where Key: Sendable {}
