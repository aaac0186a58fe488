import Routing
import Stochastics

/// Ids numbered densely from zero, so that sets of them can be kept in arrays.
protocol DenselyNumbered {
    var index: Int32 { get }
}

extension ChatID: DenselyNumbered {}
extension AgentID: DenselyNumbered {}

/// A set of ids with O(1) insertion, removal, membership and uniform random choice: the ids in an
/// array, and each id's position in it (-1 when absent).
struct SampledSet<Element: DenselyNumbered> {
    private var elements: [Element] = []
    private var positions: [Int32] = []

    var count: Int { elements.count }

    /// The element at `offset`, in no particular order (`0 ..< count`).
    subscript(offset: Int) -> Element { elements[offset] }

    func contains(_ element: Element) -> Bool {
        let id = Int(element.index)
        return id < positions.count && positions[id] >= 0
    }

    mutating func insert(_ element: Element) {
        let id = Int(element.index)
        if id >= positions.count { positions.append(contentsOf: repeatElement(-1, count: id + 1 - positions.count)) }
        guard positions[id] < 0 else { return }
        positions[id] = Int32(elements.count)
        elements.append(element)
    }

    mutating func remove(_ element: Element) {
        guard contains(element) else { return }
        let id = Int(element.index)
        let position = Int(positions[id])
        let last = elements.removeLast()
        if position < elements.count {
            elements[position] = last
            positions[Int(last.index)] = Int32(position)
        }
        positions[id] = -1
    }

    func randomElement(using random: inout SplitMix64) -> Element? {
        elements.isEmpty ? nil : elements[random.below(elements.count)]
    }
}
