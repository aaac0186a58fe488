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
        case simulation, calendar, routing
    }

    @Option(help: "Run only this part (repeat the option for several; default: all).")
    var only: [Part] = []

    @Option(help: "Scenario to simulate (the M/M/12 day by default).")
    var scenario = "Scenarios/mmc-12.yaml"

    @Option(help: "Replications to simulate (default: the scenario's).")
    var replications: Int?

    @Option(help: "Pending events in the calendar hold tests (repeat the option for several sizes).")
    var pending = [16, 1_000, 100_000]

    @Option(help: "Operations in the calendar hold test.")
    var operations = 10_000_000

    @Option(help: "Agents in the routing benchmark (its scaling baseline has a tenth as many).")
    var routingAgents = 10_000

    @Option(help: "Commands in the routing benchmark's timed loop.")
    var routingCommands = 2_000_000

    func validate() throws {
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
