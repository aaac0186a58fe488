import ContactCenter
import Foundation
import Reporting

/// Records streamed to disk: the speed of a run that writes every chat's records against the same
/// run writing none, and the peak memory of such runs as the horizon grows tenfold (it must stay
/// flat: records go to disk as chats finish, never all held in memory).
enum RecordsBenchmark {
    struct Figures {
        let chats: Double
        let seconds: Double
        /// Bytes of the record files.
        let bytes: Int
        /// Peak resident memory during the run, in MiB (`nil` where the system cannot tell).
        let peakMiB: Double?
        var chatsPerSecond: Double { chats / seconds }
    }

    /// `scenario` made bigger for the benchmark: one replication, `scale` times the agents and the
    /// arrival rates, `horizonFactor` times the horizon (the last arrival rate goes on), every
    /// chat recorded when `records`.
    static func loadScenario(_ scenario: Scenario, scale: Int, horizonFactor: Double, records: Bool) -> Scenario {
        var scaled = scenario
        scaled.replications = 1
        scaled.horizon *= horizonFactor
        scaled.records = records ? .all : .none
        for index in scaled.agentGroups.indices { scaled.agentGroups[index].count *= scale }
        for index in scaled.buttons.indices {
            for piece in scaled.buttons[index].arrivals.pieces.indices {
                scaled.buttons[index].arrivals.pieces[piece].ratePerSecond *= Double(scale)
            }
        }
        return scaled
    }

    /// Runs `scenario`'s one replication on one job, writing its record files (unless its
    /// `records` is `.none`) into a temporary folder that is removed afterwards.
    static func run(_ scenario: Scenario) async throws -> Figures {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("chatsim-bench-records-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let simulation = Simulation(scenario: scenario)
        let files = scenario.records == .none
            ? nil : try RecordFiles(in: folder, catalog: RecordCatalog(setup: simulation.setup))
        PeakMemory.reset()
        let (aggregate, seconds) = try await Stopwatch.time {
            let aggregate = await simulation.run(replications: 1, jobs: 1, records: files?.sinks)
            try files?.finish(replications: 1)
            return aggregate
        }
        let bytes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey])
            .reduce(0) { $0 + (try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
        return Figures(chats: aggregate.statistic(.offered, in: .total).mean ?? 0, seconds: seconds, bytes: bytes,
                       peakMiB: PeakMemory.sinceResetMiB())
    }
}
