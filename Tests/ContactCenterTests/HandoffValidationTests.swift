import ContactCenter
import Stochastics
import Testing

/// `Scenario.problems()` checks the transfers, conferences and block probability of every agent
/// group, whatever built the scenario: the values a scenario file cannot even spell (negative
/// weights and retries, infinite or NaN values) are caught too.
struct HandoffValidationTests {
    /// Two buttons (`support`, `billing`) and two groups: `tier1` (skill `support`) and `tier2`
    /// (skills `support`, `billing`), whose handoffs the tests set.
    private static let base: Scenario = {
        var scenario = ScenarioFixtures.erlang(agents: 3, ratePerHour: 60)
        scenario.buttons.append(.init(id: "billing", skill: "billing", arrivals: .init(constant: 0.01)))
        scenario.agentGroups.append(.init(name: "tier2", count: 2, skills: ["support", "billing"], capacity: 1))
        return scenario
    }()

    private func problems(transfers: Scenario.Transfers? = nil, conferences: Scenario.Conferences? = nil,
                          blockProbability: Double = 0) -> [String] {
        var scenario = Self.base
        scenario.agentGroups[1].transfers = transfers
        scenario.agentGroups[1].conferences = conferences
        scenario.agentGroups[1].blockProbability = blockProbability
        return scenario.problems().map(\.description)
    }

    private func transfers(_ targets: [Scenario.WeightedTarget], probability: Double = 0.1, timeout: Double? = nil,
                           retries: Int = 0, after: Distribution = .exponential(mean: 60)) -> Scenario.Transfers {
        Scenario.Transfers(probability: probability, after: after, targets: targets, timeout: timeout, retries: retries)
    }

    private func conferences(_ targets: [Scenario.WeightedTarget], probability: Double = 0.1, timeout: Double? = nil,
                             stay: Distribution = .constant(60)) -> Scenario.Conferences {
        Scenario.Conferences(
            probability: probability, after: .exponential(mean: 60), targets: targets, timeout: timeout, stay: stay)
    }

    @Test func soundHandoffsHaveNoProblems() {
        let everyTransfer = transfers(
            [.init(.agentGroup("tier1"), weight: 0.5), .init(.skill("billing")), .init(.button("support"), weight: 3)],
            probability: 1, timeout: 30, retries: 2)
        let everyInvitation = conferences(
            [.init(.agentGroup("tier2")), .init(.skill("support"))], probability: 0, timeout: 1)
        #expect(problems(transfers: everyTransfer, conferences: everyInvitation, blockProbability: 1) == [])
        #expect(Self.base.problems() == [])
    }

    @Test(arguments: [-0.01, 1.01, Double.nan, Double.infinity])
    func sharesMustBeBetween0And1(share: Double) {
        let target = [Scenario.WeightedTarget(.agentGroup("tier1"))]
        let sharesOff = problems(
            transfers: transfers(target, probability: share), conferences: conferences(target, probability: share),
            blockProbability: share)
        #expect(sharesOff == [
            "agents[1].transfers.probability: expected a probability between 0 and 1, found \(share)",
            "agents[1].conferences.probability: expected a probability between 0 and 1, found \(share)",
            "agents[1].blockProbability: expected a probability between 0 and 1, found \(share)",
        ])
    }

    @Test func targetsMustExist() {
        let unknown = transfers([.init(.agentGroup("tier3")), .init(.skill("sales")), .init(.button("sales"))])
        #expect(problems(transfers: unknown) == [
            "agents[1].transfers.to[0].group: expected an agent group (tier1, tier2), found \"tier3\"",
            "agents[1].transfers.to[1].skill: expected a skill some agent group holds (support, billing), "
                + "found \"sales\"",
            "agents[1].transfers.to[2].button: expected a button (support, billing), found \"sales\"",
        ])
        let invitations = conferences([.init(.agentGroup("Tier1")), .init(.skill("Billing"))])
        #expect(problems(conferences: invitations) == [
            "agents[1].conferences.to[0].group: expected an agent group (tier1, tier2), found \"Tier1\"",
            "agents[1].conferences.to[1].skill: expected a skill some agent group holds (support, billing), "
                + "found \"Billing\"",
        ])
    }

    @Test func conferencesInviteAgentsNotButtons() {
        #expect(problems(conferences: conferences([.init(.skill("billing")), .init(.button("support"))])) == [
            "agents[1].conferences.to[1].button: conferences invite agents: expected a group or a skill, "
                + "found button \"support\"",
        ])
    }

    @Test func targetListsMustNotBeEmpty() {
        #expect(problems(transfers: transfers([]), conferences: conferences([])) == [
            "agents[1].transfers.to: expected at least one target",
            "agents[1].conferences.to: expected at least one target",
        ])
    }

    @Test(arguments: [0, -1, Double.infinity, -Double.infinity, Double.nan])
    func weightsMustBeFiniteAndAbove0(weight: Double) {
        let bad = [
            Scenario.WeightedTarget(.agentGroup("tier1")), Scenario.WeightedTarget(.skill("support"), weight: weight),
        ]
        #expect(problems(transfers: transfers(bad), conferences: conferences(bad)) == [
            "agents[1].transfers.to[1].weight: expected a weight > 0, found \(weight)",
            "agents[1].conferences.to[1].weight: expected a weight > 0, found \(weight)",
        ])
    }

    @Test(arguments: [0, -30, Double.infinity, Double.nan])
    func timeoutsMustBePositiveAndFinite(timeout: Double) {
        let target = [Scenario.WeightedTarget(.skill("billing"))]
        let found = timeout.isFinite && timeout >= 0 ? "0s" : "\(timeout)s"
        let untimed = problems(
            transfers: transfers(target, timeout: timeout), conferences: conferences(target, timeout: timeout))
        #expect(untimed == [
            "agents[1].transfers.timeout: expected a positive duration, found \(found)",
            "agents[1].conferences.timeout: expected a positive duration, found \(found)",
        ])
    }

    @Test func retriesMustNotBeNegative() {
        #expect(problems(transfers: transfers([.init(.button("billing"))], retries: -1)) == [
            "agents[1].transfers.retries: expected a whole number ≥ 0, found -1"
        ])
    }

    @Test func afterAndStayMustBeSampleable() {
        let target = [Scenario.WeightedTarget(.agentGroup("tier1"))]
        #expect(problems(transfers: transfers(target, after: .exponential(mean: -1)),
                         conferences: conferences(target, stay: .uniform(min: 5, max: 5))) == [
            "agents[1].transfers.after: mean must be a positive, finite number (found -1.0)",
            "agents[1].conferences.stay: min must be below max (found min 5.0, max 5.0)",
        ])
    }

    @Test func problemsFollowFieldOrder() {
        var scenario = Self.base
        scenario.agentGroups[0].blockProbability = 2
        scenario.agentGroups[0].wrapUp = .constant(-1)
        scenario.agentGroups[1].transfers = transfers([], probability: 2, timeout: 0, retries: -1)
        scenario.visitors.patience = .exponential(mean: 0)
        #expect(scenario.problems().map(\.path) == [
            "agents[0].wrapUp", "agents[0].blockProbability", "agents[1].transfers.probability",
            "agents[1].transfers.to", "agents[1].transfers.timeout", "agents[1].transfers.retries", "visitors.patience",
        ])
    }
}
