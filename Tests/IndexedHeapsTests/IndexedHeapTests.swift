import IndexedHeaps
import Stochastics
import Testing

@Test func popsInKeyOrder() {
    var heap = IndexedHeap<Int>()
    for (id, key) in [50, 3, 17, 99, 0, 42, 8, 8, 23].enumerated() { heap.insert(id, key: key) }
    var popped: [Int] = []
    while let (_, key) = heap.popMin() { popped.append(key) }
    #expect(popped == [0, 3, 8, 8, 17, 23, 42, 50, 99])
    #expect(heap.isEmpty)
}

@Test func removeAndUpdateByID() {
    var heap = IndexedHeap<Double>()
    for id in 0..<10 { heap.insert(id, key: Double(id)) }
    let removed = heap.remove(0)
    let removedAgain = heap.remove(0)
    #expect(removed == 0)
    #expect(removedAgain == nil)
    #expect(!heap.contains(0))
    heap.update(9, key: -1)
    #expect(heap.min?.id == 9)
    heap.update(9, key: 100)
    #expect(heap.min?.id == 1)
    #expect(heap.key(of: 9) == 100)
    heap.update(20, key: 0.5)  // update of an absent id inserts it
    #expect(heap.min?.id == 20)
    #expect(heap.count == 10)
}

@Test func removeAllEmptiesAndAllowsReinsertion() {
    var heap = IndexedHeap<Int>()
    for id in 0..<4 { heap.insert(id, key: id) }
    heap.removeAll()
    #expect(heap.isEmpty)
    for id in 0..<4 { #expect(!heap.contains(id)) }
    heap.insert(3, key: 1)
    #expect(heap.min?.id == 3)
}

/// Drives the heap with a long random mix of operations and compares every answer with a
/// dictionary-backed reference.
@Test func matchesReferenceUnderRandomOperations() {
    var generator = SplitMix64(seed: 7)
    var heap = IndexedHeap<Int>()
    var reference: [Int: Int] = [:]
    for _ in 0..<20_000 {
        let id = Int.random(in: 0..<300, using: &generator)
        let key = Int.random(in: 0..<1_000, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            if reference[id] == nil {
                heap.insert(id, key: key)
                reference[id] = key
            }
        case 1:
            let removed = heap.remove(id)
            #expect(removed == reference.removeValue(forKey: id))
        case 2:
            heap.update(id, key: key)
            reference[id] = key
        default:
            let popped = heap.popMin()
            let smallest = reference.values.min()
            #expect(popped?.key == smallest)
            if let popped { reference.removeValue(forKey: popped.id) }
        }
        #expect(heap.count == reference.count)
        #expect(heap.min?.key == reference.values.min())
    }
}
