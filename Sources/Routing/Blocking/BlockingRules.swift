/// The blocking rules in force: answers whether a visitor's address is blocked, and by which rule.
///
/// ``blocks(_:)`` and ``rule(blocking:)`` take O(log n) time and allocate nothing; ``add(_:)`` takes
/// O(n) time, for the rare rule added at run time (an agent blocking a visitor during a chat).
public struct BlockingRules: Sendable {
    /// The rules, ordered by first address; rules with the same first address stay in the order added.
    /// Duplicates are kept.
    public private(set) var rules: [BlockingRule] = []

    /// The addresses blocked by the rules, as ascending ranges merged so that no two overlap or touch
    /// (a range ending at `a` and one starting at the address after `a` become one).
    public private(set) var ranges: [ClosedRange<IPAddress>] = []

    /// For each position `i` in ``rules``, the position in `0...i` of the rule reaching the highest
    /// address (the first such rule on ties).
    private var farthestReaching: [Int] = []

    /// The rules `rules`; O(n log n).
    public init(_ rules: [BlockingRule] = []) {
        self.rules = rules.enumerated()
            .sorted { ($0.element.from, $0.offset) < ($1.element.from, $1.offset) }
            .map(\.element)
        reindex(from: 0)
    }

    /// The number of rules (not of merged ``ranges``).
    public var count: Int { rules.count }

    /// Adds a rule; O(n).
    public mutating func add(_ rule: BlockingRule) {
        let position = Self.partitionPoint(rules.count) { rules[$0].from > rule.from }
        rules.insert(rule, at: position)
        reindex(from: position)
    }

    /// Whether some rule blocks `address`.
    public func blocks(_ address: IPAddress) -> Bool {
        let after = Self.partitionPoint(ranges.count) { ranges[$0].lowerBound > address }
        return after > 0 && ranges[after - 1].upperBound >= address
    }

    /// A rule blocking `address`, or nil if none does.
    ///
    /// Of the rules blocking the address, this is the one reaching the highest address; on ties the one
    /// starting at the lowest address; then the one added first.
    public func rule(blocking address: IPAddress) -> BlockingRule? {
        let starters = Self.partitionPoint(rules.count) { rules[$0].from > address }
        guard starters > 0 else { return nil }
        let candidate = rules[farthestReaching[starters - 1]]
        return candidate.to >= address ? candidate : nil
    }

    /// Recomputes ``farthestReaching`` from `start` on, and the merged ``ranges``, after ``rules``
    /// changed at or after `start`.
    private mutating func reindex(from start: Int) {
        farthestReaching.removeSubrange(start...)
        for position in start..<rules.count {
            if let previous = farthestReaching.last, rules[previous].to >= rules[position].to {
                farthestReaching.append(previous)
            } else {
                farthestReaching.append(position)
            }
        }
        ranges.removeAll(keepingCapacity: true)
        for rule in rules {
            // Rules come by first address: each extends the last range or starts a new one.
            if let last = ranges.last, rule.from <= last.upperBound.successor ?? last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, rule.to)
            } else {
                ranges.append(rule.from...rule.to)
            }
        }
    }

    /// The first position in `0..<count` where `isAfter` holds, given that it holds for every position
    /// after that one too; `count` if it holds nowhere.
    private static func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
