extension ChatsimBench {
    /// Routing decisions per second with `routingAgents` agents under a saturating load, against the
    /// same load on a tenth of the agents and against a naive scan of every agent for the same offers.
    func benchmarkRouting() async throws {
        let full = try await RoutingBenchmark.run(agents: routingAgents, commands: routingCommands)
        print("routing, \(full.agents) agents on \(full.buttons) buttons (\(full.skills) skills), saturated: "
              + "\(full.commands) commands, \(full.decisions) decisions (\(full.offers) offers) in \(format(full.seconds)) s = "
              + "\(format(full.decisionsPerSecond / 1e6)) M decisions/s, \(format(full.commandsPerSecond / 1e6)) M commands/s")
        print("  at the end: \(format(full.occupancy * 100))% of logged-in capacity in use, \(full.queued) chats queued; "
              + "invariants hold")
        let small = try await RoutingBenchmark.run(agents: routingAgents / 10, commands: routingCommands)
        print("  baseline, the same load on \(small.agents) agents: \(format(small.decisionsPerSecond / 1e6)) M decisions/s; "
              + "cost per decision, \(full.agents) / \(small.agents) agents = "
              + "\(format(full.secondsPerDecision / small.secondsPerDecision))× (10× if selection scanned the agents)")
        let scanned = try await RoutingBenchmark.run(agents: routingAgents, commands: routingCommands / 20, scanning: true)
        print("  baseline, a naive scan of all \(scanned.agents) agents per offer (first \(scanned.commands) commands): "
              + "\(format(scanned.secondsPerScan * 1e6)) µs per offer, the router's whole loop "
              + "\(format(full.secondsPerOffer * 1e6)) µs = \(format(scanned.secondsPerScan / full.secondsPerOffer))×; "
              + "the scan picks the router's agent for \(scanned.agreements) of \(scanned.selections) offers")
    }
}
