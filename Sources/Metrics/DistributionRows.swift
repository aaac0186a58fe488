/// The rows that wait percentiles are kept for — all buttons, each button, each skill, each
/// interval (not interval-and-button cells, too small for percentiles to mean much) — and their
/// numbering, shared by a replication's metrics and the aggregate of replications.
public struct DistributionRows: Sendable, Equatable {
    /// Skill number of each button.
    public let buttonSkills: [Int]
    /// Number of skills.
    public let skillCount: Int
    /// Number of reporting intervals.
    public let intervalCount: Int

    /// The rows of a run with `buttonSkills` giving each button's skill number, over `intervalCount`
    /// intervals.
    public init(buttonSkills: [Int], intervalCount: Int) {
        self.buttonSkills = buttonSkills
        skillCount = (buttonSkills.max() ?? -1) + 1
        self.intervalCount = intervalCount
    }

    /// Number of rows.
    public var count: Int { 1 + buttonSkills.count + skillCount + intervalCount }

    /// The number of `row`; `nil` for interval-and-button cells.
    public func index(of row: ReplicationAggregate.Row) -> Int? {
        switch row {
        case .total: 0
        case .button(let button): 1 + button
        case .skill(let skill): 1 + buttonSkills.count + skill
        case .interval(let interval): 1 + buttonSkills.count + skillCount + interval
        case .cell: nil
        }
    }

    /// The rows a chat of `button` requested in `interval` belongs to.
    @inlinable
    func indices(button: Int, interval: Int) -> (total: Int, button: Int, skill: Int, interval: Int) {
        (0, 1 + button, 1 + buttonSkills.count + buttonSkills[button],
         1 + buttonSkills.count + skillCount + interval)
    }
}
