import Foundation
import Metrics

/// How far a run has got, reported after each replication.
public struct RunProgress: Sendable, Equatable {
    /// Replications simulated and combined.
    public let replicationsDone: Int
    /// Replications the run will make at most (with sequential stopping it may stop earlier).
    public let replicationsPlanned: Int
    /// Chats requested after the warm-up in the replications done.
    public let chatsSimulated: Int
    /// Whether the run may stop before ``replicationsPlanned`` (sequential stopping): the time
    /// left is then an upper bound.
    public let mayStopEarly: Bool

    /// Progress of a run planned for `planned` replications whose finished ones are in `aggregate`.
    public init(aggregate: ReplicationAggregate, planned: Int, mayStopEarly: Bool) {
        replicationsDone = aggregate.replications
        replicationsPlanned = planned
        self.mayStopEarly = mayStopEarly
        let offered = aggregate.statistic(.offered, in: .total)
        chatsSimulated = Int(((offered.mean ?? 0) * Double(offered.count)).rounded())
    }

    /// Progress with the given counts.
    public init(replicationsDone: Int, replicationsPlanned: Int, chatsSimulated: Int, mayStopEarly: Bool = false) {
        self.replicationsDone = replicationsDone
        self.replicationsPlanned = replicationsPlanned
        self.chatsSimulated = chatsSimulated
        self.mayStopEarly = mayStopEarly
    }

    /// One line for a terminal: a bar, the replications done, the simulated chats per second and
    /// the time left at the current pace, given the time since the run started.
    public func line(elapsedSeconds: Double, barWidth: Int = 24) -> String {
        let share = replicationsPlanned > 0 ? min(1, Double(replicationsDone) / Double(replicationsPlanned)) : 1
        let filled = Int((share * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        var text = "[\(bar)] \(replicationsDone)/\(replicationsPlanned) replications"
        if elapsedSeconds > 0 {
            text += " · " + Self.rate(Double(chatsSimulated) / elapsedSeconds) + " chats/s"
            if replicationsDone > 0 {
                let left = elapsedSeconds / Double(replicationsDone) * Double(replicationsPlanned - replicationsDone)
                text += (mayStopEarly ? " · ETA ≤ " : " · ETA ") + Self.clock(left)
            }
        }
        return text
    }

    /// `950`, `12.3 k`, `2.41 M`.
    static func rate(_ value: Double) -> String {
        switch value {
        case ..<1_000: String(format: "%.0f", value)
        case ..<1_000_000: String(format: "%.1f k", value / 1_000)
        default: String(format: "%.2f M", value / 1_000_000)
        }
    }

    /// `0:07`, `12:30`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
