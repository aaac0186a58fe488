import ContactCenter
import Metrics
import Routing
import Stochastics
import Testing

/// Conversation settings of buttons (visitor side) and agent groups (agent side): the effective
/// models, and chats that follow their button and the groups of their agents.
@Suite struct ConversationSettingsTests {
    static let service = Scenario.Conversation(
        visitorMessages: .constant(4), visitorThinkTime: .exponential(mean: 30), typingTime: .constant(20),
        idleWarning: 120, idleTimeout: 240)

    /// Buttons `buttons` (each its own skill) answered by `groups` (each with capacity 1 and the
    /// skills given), in the conversation mode of ``service``.
    func scenario(buttons: [Scenario.Button], groups: [Scenario.AgentGroup]) -> Scenario {
        Scenario(name: "settings", seed: 5, horizon: 4 * 3600, warmup: 1800, replications: 3, interval: 3600,
                 serviceLevelThreshold: 30, buttons: buttons, agentGroups: groups, visitors: .init(patience: nil),
                 service: .conversation(Self.service), records: .none)
    }

    func button(_ id: String, ratePerHour: Double = 20, _ settings: [Scenario.VisitorSetting] = []) -> Scenario.Button {
        .init(id: id, skill: "support", arrivals: .init(constant: ratePerHour / 3600), conversation: settings)
    }

    func group(_ name: String, count: Int = 3, _ settings: [Scenario.AgentSetting] = []) -> Scenario.AgentGroup {
        .init(name: name, count: count, skills: ["support"], capacity: 1, conversation: settings)
    }

    /// The records of replication 0.
    func records(_ scenario: Scenario) -> [TranscriptRecord] {
        var recorded = scenario
        recorded.records = .all
        #expect(recorded.problems().isEmpty, "\(recorded.problems())")
        let sink = CollectingSink()
        _ = Simulation(scenario: recorded).runReplication(0, records: sink)
        return sink.records.filter { $0.status == .completed }
    }

    @Test func theEffectiveModelTakesTheGivenKeysAndKeepsTheOthers() {
        let scenario = scenario(
            buttons: [button("web", [.visitorMessages(.constant(2)), .idleWarning(nil)])],
            groups: [group("seniors", [.typingTime(.constant(8)), .autoGreeting(true)])])
        var forButton = Self.service
        forButton.visitorMessages = .constant(2)
        forButton.idleWarning = nil
        var forGroup = Self.service
        forGroup.typingTime = .constant(8)
        forGroup.autoGreeting = true
        #expect(scenario.conversation(of: scenario.buttons[0]) == forButton)
        #expect(scenario.conversation(of: scenario.agentGroups[0]) == forGroup)
        #expect(scenario.conversation(of: button("plain")) == Self.service)
        var simple = scenario
        simple.service = .simple(handleTime: .constant(60))
        #expect(simple.conversation(of: simple.buttons[0]) == nil)
        #expect(simple.problems().map(\.path) == ["buttons[0].conversation", "agents[0].conversation"])
    }

    @Test func aKeyGivenTwiceIsAProblem() {
        let scenario = scenario(buttons: [button("web", [.visitorEnds(0.2), .visitorEnds(0.3)])], groups: [group("team")])
        #expect(scenario.problems().map(\.path) == ["buttons[0].conversation.visitorEnds"])
    }

    @Test func eachGroupTypesAtItsOwnSpeed() {
        // One chat at a time: every reply takes exactly the typing time of the agent's group.
        let records = records(scenario(buttons: [button("web", ratePerHour: 30)],
                                       groups: [group("slow", [.typingTime(.constant(60))]), group("fast")]))
        let slow = records.filter { $0.owner! < 3 }
        let fast = records.filter { $0.owner! >= 3 }
        #expect(slow.count > 20 && fast.count > 20, "both groups take chats: \(slow.count), \(fast.count)")
        #expect(slow.allSatisfy { abs($0.agentResponses.average! - 60) < 1e-9 }, "\(slow.map(\.agentResponses.average))")
        #expect(fast.allSatisfy { abs($0.agentResponses.average! - 20) < 1e-9 })
    }

    @Test func eachButtonsVisitorsWriteTheirOwnNumberOfMessages() {
        let scenario = scenario(buttons: [button("short", [.visitorMessages(.constant(2))]),
                                          button("long", [.visitorMessages(.constant(6))])],
                                groups: [group("team", count: 6)])
        let simulation = Simulation(scenario: scenario)
        for replication in 0..<scenario.replications {
            let metrics = simulation.runReplication(replication)
            let perChat = (0..<2).map { SummaryMetric.visitorMessagesPerChat.value(chats: metrics.chats(button: $0), time: nil) }
            #expect(perChat == [2, 6], "\(perChat)")
        }
    }

    @Test func onlyTheGroupThatGreetsSendsAGreetingAndOnlyItsAgentsAreAlerted() {
        let records = records(scenario(buttons: [button("web", ratePerHour: 30)],
                                       groups: [group("greeters", [.autoGreeting(true), .criticalWait(10)]),
                                                group("others")]))
        let greeters = records.filter { $0.owner! < 3 }
        let others = records.filter { $0.owner! >= 3 }
        #expect(greeters.count > 20 && others.count > 20)
        #expect(greeters.allSatisfy { $0.messages.first?.kind == .greeting })
        #expect(others.allSatisfy { record in !record.messages.contains { $0.kind == .greeting } })
        #expect(greeters.allSatisfy { record in record.events.contains { $0.type == .alertCriticalWaitChat } })
        #expect(others.allSatisfy { record in !record.events.contains { $0.type == .alertCriticalWaitChat } })
    }

    @Test func theGroupHandlingTheChatAtItsEndRaisesFlags() {
        let flags = Scenario.AssistanceFlags(probability: 1, loweredAfter: .constant(30))
        let records = records(scenario(buttons: [button("web", ratePerHour: 30)],
                                       groups: [group("flaggers", [.flags(flags)]), group("others")]))
        #expect(records.filter { $0.owner! < 3 }.allSatisfy { record in record.events.contains { $0.type == .flagRaised } })
        #expect(records.filter { $0.owner! >= 3 }.allSatisfy { record in !record.events.contains { $0.type == .flagRaised } })
    }

    @Test func settingsEqualToTheServiceDrawExactlyAsWithout() {
        let plain = scenario(buttons: [button("web", ratePerHour: 60)], groups: [group("team"), group("more")])
        var same = plain
        same.buttons[0].conversation = [.visitorMessages(.constant(4)), .visitorThinkTime(.exponential(mean: 30)),
                                        .idleWarning(120), .idleTimeout(240), .visitorEnds(0.5)]
        same.agentGroups[1].conversation = [.typingTime(.constant(20)), .autoGreeting(false), .criticalWait(nil)]
        for replication in 0..<2 {
            #expect(Simulation(scenario: plain).runReplication(replication)
                    == Simulation(scenario: same).runReplication(replication))
        }
    }
}
