/// Integrates a staffing level over time into one total, clipped to `[warmup, horizon)`.
struct StaffingIntegrator: Sendable {
    var level = StaffingLevel.empty
    var since = 0.0
    var total = StaffingTally()

    /// The level changes to `newLevel` at `time` (times never decrease).
    mutating func record(_ newLevel: StaffingLevel, at time: Double, warmup: Double, horizon: Double) {
        guard newLevel != level else { return }
        integrate(until: time, warmup: warmup, horizon: horizon)
        level = newLevel
    }

    mutating func integrate(until time: Double, warmup: Double, horizon: Double) {
        let start = Swift.max(since, warmup)
        let end = Swift.min(time, horizon)
        since = Swift.max(since, time)
        if end > start { total.add(level, over: end - start) }
    }
}
