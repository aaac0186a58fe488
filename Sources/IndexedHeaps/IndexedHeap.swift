/// A 4-ary min-heap whose elements are identified by small, dense, non-negative integer ids
/// chosen by the caller (an agent's index, a chat's slot, an event's slot).
///
/// Besides insertion and removal of the minimum, any element can be removed or re-keyed by its id
/// in O(log n), which is what future-event lists (cancellation) and routing indexes (an agent's
/// load changed) need. Equal keys are popped in no particular order, so callers that need a fixed
/// order make the key total (e.g. add a sequence number). Storage grows to the largest id seen and
/// is then reused: a heap in steady state does not allocate.
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

    /// Entries in heap order: the children of position `i` are `4i + 1 … 4i + 4`.
    @usableFromInline var entries: [Entry] = []
    /// Heap position of each id, or -1 when the id is not in the heap.
    @usableFromInline var positions: [Int32] = []

    /// Creates an empty heap, reserving room for ids below `idCapacity`.
    @inlinable
    public init(idCapacity: Int = 0) {
        entries.reserveCapacity(idCapacity)
        positions = Array(repeating: -1, count: idCapacity)
    }

    /// Number of elements in the heap.
    @inlinable public var count: Int { entries.count }

    /// Whether the heap is empty.
    @inlinable public var isEmpty: Bool { entries.isEmpty }

    /// The element with the smallest key, without removing it.
    @inlinable
    public var min: (id: Int, key: Key)? {
        guard let first = entries.first else { return nil }
        return (Int(first.id), first.key)
    }

    /// Every element with its key, in no particular order.
    public var elements: [(id: Int, key: Key)] {
        entries.map { (Int($0.id), $0.key) }
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
        entries.append(Entry(key: key, id: Int32(id)))
        siftUp(from: entries.count - 1)
    }

    /// Removes and returns the element with the smallest key.
    @inlinable
    @discardableResult
    public mutating func popMin() -> (id: Int, key: Key)? {
        guard let first = entries.first else { return nil }
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
        let old = entries[position].key
        entries[position].key = key
        if key < old {
            siftUp(from: position)
        } else {
            siftDown(from: position)
        }
    }

    /// Removes every element, keeping the storage for reuse.
    @inlinable
    public mutating func removeAll() {
        for entry in entries { positions[Int(entry.id)] = -1 }
        entries.removeAll(keepingCapacity: true)
    }

    @inlinable
    mutating func removeEntry(at position: Int) {
        let removedID = Int(entries[position].id)
        positions[removedID] = -1
        let last = entries.removeLast()
        guard position < entries.count else { return }
        entries[position] = last
        positions[Int(last.id)] = Int32(position)
        if position > 0 && last.key < entries[(position - 1) >> 2].key {
            siftUp(from: position)
        } else {
            siftDown(from: position)
        }
    }

    @inlinable
    mutating func siftUp(from start: Int) {
        entries.withUnsafeMutableBufferPointer { heap in
            positions.withUnsafeMutableBufferPointer { positions in
                let moving = heap[start]
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
        }
    }

    @inlinable
    mutating func siftDown(from start: Int) {
        entries.withUnsafeMutableBufferPointer { heap in
            positions.withUnsafeMutableBufferPointer { positions in
                let count = heap.count
                let moving = heap[start]
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
    }
}

extension IndexedHeap: Sendable where Key: Sendable {}
extension IndexedHeap.Entry: Sendable where Key: Sendable {}
