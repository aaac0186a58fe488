@testable import Metrics
import Testing

/// Exact nearest-rank percentiles by selection, against sorting each row's waits.
struct WaitSamplesTests {
    /// A fixed pseudo-random sequence (no GSL needed here).
    struct Draws {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// The nearest-rank percentile of `waits` sorted, as the definition says.
    static func reference(_ percent: Double, of waits: [Double]) -> Double? {
        guard !waits.isEmpty else { return nil }
        return waits.sorted()[WaitSamples.rank(percent: percent, of: waits.count) - 1]
    }

    /// Three buttons on two skills over five intervals, many zero waits and repeated values,
    /// some abandoned chats: every row's every percentile equals the sorted reference.
    @Test(arguments: [1, 2, 3])
    func percentilesMatchSortingEachRow(seed: UInt64) {
        let buttonSkills = [0, 1, 0]
        let intervals = 5
        let rows = DistributionRows(buttonSkills: buttonSkills, intervalCount: intervals)
        var samples = WaitSamples(cellCount: intervals * buttonSkills.count, buttonCount: buttonSkills.count)
        var draws = Draws(state: seed)
        var recorded: [(wait: Double, button: Int, interval: Int, abandoned: Bool)] = []
        for _ in 0..<(300 + draws.next(below: 900)) {
            let button = draws.next(below: buttonSkills.count)
            let interval = draws.next(below: intervals)
            let wait = draws.next(below: 3) == 0 ? 0 : Double(draws.next(below: 40)) / 4
            let abandoned = draws.next(below: 5) == 0
            samples.record(wait, cell: interval * buttonSkills.count + button, abandoned: abandoned)
            recorded.append((wait, button, interval, abandoned))
        }
        let values = samples.percentiles(rows: rows)
        let metrics = DistributionMetric.allCases
        let rowMembers: [(ReplicationAggregate.Row, (Int, Int) -> Bool)] =
            [(.total, { _, _ in true })]
            + (0..<buttonSkills.count).map { button in (.button(button), { candidate, _ in candidate == button }) }
            + (0...1).map { skill in (.skill(skill), { candidate, _ in buttonSkills[candidate] == skill }) }
            + (0..<intervals).map { interval in (.interval(interval), { _, candidate in candidate == interval }) }
        for (row, isMember) in rowMembers {
            let members = recorded.filter { isMember($0.button, $0.interval) }
            for (position, metric) in metrics.enumerated() {
                let waits = members.filter { !metric.isAboutAbandoned || $0.abandoned }.map(\.wait)
                let expected = Self.reference(metric.percent, of: waits)
                #expect(values[rows.index(of: row)! * metrics.count + position] == expected, "\(row) \(metric)")
            }
        }
    }

    /// Selection returns the value of the rank asked and leaves no larger value before it and no
    /// smaller one after it, so the next, higher rank can be searched from there.
    @Test func selectionPartitionsAroundTheRank() {
        var draws = Draws(state: 11)
        var values = (0..<500).map { _ in Double(draws.next(below: 60)) }
        let sorted = values.sorted()
        var searchFrom = 0
        for index in [0, 137, 138, 250, 499] {
            #expect(WaitSamples.select(index, in: &values, from: searchFrom, to: values.count) == sorted[index])
            #expect(values[..<index].allSatisfy { $0 <= sorted[index] })
            #expect(values[(index + 1)...].allSatisfy { $0 >= sorted[index] })
            searchFrom = index
        }
        #expect(values.sorted() == sorted, "the values are only rearranged")
    }
}
