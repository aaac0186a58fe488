import ArgumentParser
import ContactCenter
import Foundation
import ScenarioFiles

/// `chatsim-bench`: speed figures of the simulator, each with an in-process baseline.
@main
struct ChatsimBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chatsim-bench",
        abstract: "Measure chatsim's speed: chats and events per second, event-calendar throughput, "
            + "routing decisions per second, peak memory.",
        discussion: "Build in release mode for meaningful figures: swift run -c release chatsim-bench")

    /// The parts of the benchmark, each printing its figures with their baselines.
    enum Part: String, CaseIterable, ExpressibleByArgument {
        case simulation, records, calendar, routing
    }

    @Option(help: "Run only this part (repeat the option for several; default: all).")
    var only: [Part] = []

    @Option(help: "Scenario to simulate (the M/M/12 day by default).")
    var scenario = "Scenarios/mmc-12.yaml"

    @Option(help: "Replications to simulate (default: the scenario's).")
    var replications: Int?

    @Option(help: "Scenario of the records benchmark (run with its agents and arrival rates times --records-scale).")
    var recordsScenario = "Scenarios/conversation-example.yaml"

    @Option(help: "Agents and arrival rates of the records benchmark, as a multiple of its scenario's.")
    var recordsScale = 20

    @Option(help: "Pending events in the calendar hold tests (repeat the option for several sizes).")
    var pending = [16, 1_000, 100_000]

    @Option(help: "Operations in the calendar hold test.")
    var operations = 10_000_000

    @Option(help: "Agents in the routing benchmark (its scaling baseline has a tenth as many).")
    var routingAgents = 10_000

    @Option(help: "Commands in the routing benchmark's timed loop.")
    var routingCommands = 2_000_000

    func validate() throws {
        guard recordsScale >= 1 else { throw ValidationError("--records-scale: expected a whole number ≥ 1") }
        guard routingAgents >= 100, routingCommands >= 20 else {
            throw ValidationError("the routing benchmark needs at least 100 agents and 20 commands")
        }
    }

    func run() async throws {
        #if DEBUG
        print("warning: this is a debug build; figures are not representative (use -c release)")
        #endif
        let parts = only.isEmpty ? Part.allCases : only
        if parts.contains(.simulation) { try await benchmarkSimulation() }
        if parts.contains(.records) { try await benchmarkRecords() }
        if parts.contains(.calendar) { await benchmarkCalendar() }
        if parts.contains(.routing) { try await benchmarkRouting() }
        print("peak memory: \(format(Stopwatch.peakResidentMiB())) MiB")
    }

    /// Chats and events per second of whole simulation runs, against the random draws alone.
    func benchmarkSimulation() async throws {
        var loaded = try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: scenario))
        if let replications { loaded.replications = replications }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("scenario \(loaded.name): \(loaded.replications) replications of \(format(loaded.horizon / 3600))h")

        let draws = await SimulationBenchmark.drawsOnly(loaded)
        let single = await SimulationBenchmark.simulate(loaded, jobs: 1)
        print("simulation, 1 job:    \(format(single.chats)) chats in \(format(single.seconds)) s = "
              + "\(format(single.chatsPerSecond / 1e6)) M chats/s, \(format(single.eventsPerSecond / 1e6)) M events/s")
        print("  baseline, the same GSL draws alone: \(format(draws.seconds)) s; "
              + "simulation / draws = \(format(single.seconds / draws.seconds))×")
        print("  vs. 1 M chats/s per core (ContactCenters, Java, this case): \(format(single.chatsPerSecond / 1e6))×")
        if cores > 1 {
            let parallel = await SimulationBenchmark.simulate(loaded, jobs: cores)
            print("simulation, \(cores) jobs:   \(format(parallel.chatsPerSecond / 1e6)) M chats/s, "
                  + "speed-up \(format(single.seconds / parallel.seconds))× over 1 job")
        }
    }

    /// Chats per second with every record written against none written, and peak memory with
    /// records on as the horizon grows tenfold.
    func benchmarkRecords() async throws {
        let loaded = try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: recordsScenario))
        func scenario(_ horizonFactor: Double, records: Bool) -> Scenario {
            RecordsBenchmark.loadScenario(loaded, scale: recordsScale, horizonFactor: horizonFactor, records: records)
        }
        let day = scenario(1, records: true)
        print("records: \(loaded.name) with \(recordsScale)× its agents and arrivals, one replication")
        let without = try await RecordsBenchmark.run(scenario(1, records: false))
        let with = try await RecordsBenchmark.run(day)
        print("  \(format(day.horizon / 3600))h, every record written: \(format(with.chats)) chats, "
              + "\(format(with.chatsPerSecond / 1e3)) k chats/s, \(format(Double(with.bytes) / 1_048_576)) MiB of records")
        print("  baseline, the same run writing no records: \(format(without.chatsPerSecond / 1e3)) k chats/s; "
              + "with / without = \(format(with.chatsPerSecond / without.chatsPerSecond))×")
        let long = try await RecordsBenchmark.run(scenario(10, records: true))
        print("  \(format(10 * day.horizon / 3600))h, every record written: \(format(long.chats)) chats, "
              + "\(format(Double(long.bytes) / 1_048_576)) MiB of records")
        if let short = with.peakMiB, let peak = long.peakMiB {
            print("  peak memory: \(format(short)) MiB over \(format(day.horizon / 3600))h, \(format(peak)) MiB over "
                  + "\(format(10 * day.horizon / 3600))h; ratio \(format(peak / short))× for 10× the chats")
        }
    }

    /// Hold-test throughput of the event calendar, against swift-collections' `Heap`.
    func benchmarkCalendar() async {
        for size in pending {
            let calendar = await CalendarBenchmark.run(pending: size, operations: operations)
            precondition(calendar.checksum, "both calendars must pop the same events")
            print("event calendar hold test, \(size) pending: \(format(calendar.chatsim / 1e6)) M ops/s; "
                  + "swift-collections Heap: \(format(calendar.baseline / 1e6)) M ops/s; "
                  + "ratio \(format(calendar.chatsim / calendar.baseline))×")
        }
    }

    func format(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : "%.2f", value)
    }
}
