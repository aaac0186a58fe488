import ContactCenter
import Metrics
import Routing
import ScenarioFiles
import Stochastics
import Testing

/// The conversation mode: messages, one reply typed at a time per agent, idle visitors and
/// critical-wait alerts.
@Suite struct ConversationTests {
    /// One button, `agents` agents of capacity `capacity`, chats of `messages` visitor messages.
    func scenario(agents: Int = 4, capacity: Int, ratePerHour: Double, messages: Double = 4,
                  think: Distribution = .exponential(mean: 30), typing: Distribution = .constant(20),
                  edit: (inout Scenario.Conversation) -> Void = { _ in }) -> Scenario {
        var model = Scenario.Conversation(visitorMessages: .constant(messages), visitorThinkTime: think, typingTime: typing)
        edit(&model)
        return Scenario(
            name: "talk", seed: 3, horizon: 4 * 3600, warmup: 1800, replications: 3, interval: 3600,
            serviceLevelThreshold: 30,
            buttons: [.init(id: "web", skill: "support", arrivals: .init(constant: ratePerHour / 3600))],
            agentGroups: [.init(name: "team", count: agents, skills: ["support"], capacity: capacity)],
            visitors: .init(patience: nil), service: .conversation(model), records: .none)
    }

    func run(_ scenario: Scenario) -> ChatTally {
        #expect(scenario.problems().isEmpty, "\(scenario.problems())")
        let simulation = Simulation(scenario: scenario)
        var total = ChatTally()
        for replication in 0..<scenario.replications { total.add(simulation.runReplication(replication).totalChats) }
        return total
    }

    func value(_ metric: SummaryMetric, _ chats: ChatTally) -> Double { metric.value(chats: chats, time: nil) }

    @Test func anAgentWithOneChatAnswersInItsTypingTime() {
        let chats = run(scenario(capacity: 1, ratePerHour: 20))
        #expect(chats.conversations.conversations > 100)
        #expect(value(.meanAgentResponseTime, chats) == 20 && value(.meanMaxAgentResponseTime, chats) == 20)
        #expect(value(.visitorMessagesPerChat, chats) == 4 && value(.operatorMessagesPerChat, chats) == 4)
    }

    @Test func responsesSlowDownAsAgentsHoldMoreChats() {
        // The same visitors (3 agents, 60 chats an hour) served with room for 1, 2 or 4 chats each.
        let responses = [1, 2, 4].map { capacity in
            value(.meanAgentResponseTime, run(scenario(agents: 3, capacity: capacity, ratePerHour: 60)))
        }
        #expect(responses[0] == 20, "one chat at a time: every reply takes exactly its typing time")
        #expect(responses[1] > responses[0] + 1 && responses[2] > responses[1] + 1, "\(responses)")
    }

    @Test func aGreetingCountsAsAnAgentMessageAndTheVisitorRespondsToIt() {
        let chats = run(scenario(capacity: 1, ratePerHour: 20, think: .constant(12)) { $0.autoGreeting = true })
        #expect(value(.operatorMessagesPerChat, chats) == 5)
        #expect(abs(value(.meanVisitorResponseTime, chats) - 12) < 1e-9, "the visitor answers each agent message after 12 s")
    }

    @Test func slowRepliesRaiseCriticalWaitAlerts() {
        let chats = run(scenario(capacity: 1, ratePerHour: 20) { $0.criticalWait = 10 })
        #expect(chats.conversations.criticalWaitAlerts == chats.conversations.visitorMessages,
                "every 20 s reply comes after the 10 s critical wait")
    }

    @Test func silentVisitorsAreWarnedThenTimedOut() {
        let chats = run(scenario(capacity: 1, ratePerHour: 20, think: .constant(100)) {
            $0.idleWarning = 30
            $0.idleTimeout = 60
        })
        #expect(chats.conversations.idleTimeouts == chats.conversations.conversations)
        #expect(chats.conversations.visitorMessages == 0)
        #expect(value(.meanChatDuration, chats) == 60)
    }

    @Test func conversationRecordsCarryTheIdleAndAlertEvents() throws {
        var recorded = scenario(capacity: 1, ratePerHour: 20, think: .exponential(mean: 40)) {
            $0.idleWarning = 45
            $0.idleTimeout = 90
            $0.criticalWait = 10
        }
        recorded.records = .all
        let simulation = Simulation(scenario: recorded)
        let sink = CollectingSink()
        _ = simulation.runReplication(0, records: sink)
        let types = Set(sink.records.flatMap { $0.events.map(\.type) })
        for type in [TranscriptEventType.chasitorIdleTimeoutWarningTriggered, .chasitorIdleTimeoutWarningCleared,
                     .chasitorIdleTimeout, .alertCriticalWaitChat, .clearCriticalWaitChat] {
            #expect(types.contains(type), "\(type)")
        }
    }

    @Test func transfersConferencesAndBlocksWorkInConversations() throws {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("transfers-example.yaml"))
        scenario.service = .conversation(.init(visitorMessages: .uniform(min: 1, max: 8),
                                               visitorThinkTime: .exponential(mean: 40), typingTime: .exponential(mean: 25),
                                               idleWarning: 120, idleTimeout: 240, criticalWait: 60))
        let simulation = Simulation(scenario: scenario)
        for replication in 0..<3 {
            let chats = simulation.runReplication(replication).totalChats
            let handoffs = chats.handoffs
            #expect(handoffs.transfers > 0 && handoffs.conferencesJoined > 0)
            #expect(handoffs.transferRequests == handoffs.transfers + handoffs.transfersDeclined
                    + handoffs.transfersTimedOut + handoffs.transfersFailed + handoffs.transfersCanceled)
            #expect(chats.conversations.conversations == chats.ended)
            #expect(chats.conversations.operatorMessages <= chats.conversations.visitorMessages,
                    "a reply answers a visitor message")
        }
    }

    @Test func recordsCarryTheMessagesAndResponseTimes() {
        var recorded = scenario(capacity: 2, ratePerHour: 40) { $0.autoGreeting = true; $0.quickTextShare = 0.3 }
        recorded.records = .all
        let sink = CollectingSink()
        _ = Simulation(scenario: recorded).runReplication(0, records: sink)
        let completed = sink.records.filter { $0.status == .completed }
        #expect(completed.count > 50)
        for record in completed {
            let fromVisitor = record.messages.filter { !$0.isFromAgent }
            let replies = record.messages.filter { $0.isFromAgent && $0.kind != .greeting }
            #expect(record.messages.first?.kind == .greeting)
            #expect(fromVisitor.count == 4 && replies.count == 4, "four messages, each answered")
            #expect(record.agentResponses.count == 4 && record.visitorResponses.count == 4)
            #expect(zip(record.messages, record.messages.dropFirst()).allSatisfy { $0.time <= $1.time })
            #expect(record.agentResponses.average! <= record.agentResponses.longest)
            #expect(record.agentResponses.average! >= 3, "a reply takes at least a quick text's 3 s")
        }
        #expect(completed.contains { $0.messages.contains { $0.kind == .quickText } })
    }
}
