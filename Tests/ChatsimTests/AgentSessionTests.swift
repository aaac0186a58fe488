@testable import ContactCenter
import Foundation
@testable import Routing
import ScenarioFiles
import Testing

/// Agent sessions reconcile with the agents' shifts and with the events of the chats they took.
@Suite struct AgentSessionTests {
    /// `routing-example.yaml` (a day shift with breaks and automatic Away, specialists without a
    /// shift) with every chat recorded; the specialists work from 1h to 5h and end their chats then.
    func scenario() throws -> Scenario {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("routing-example.yaml"))
        scenario.records = .all
        scenario.agentGroups[1].shift = Scenario.Shift(start: 3600, end: 5 * 3600)
        scenario.agentGroups[1].atShiftEnd = .endChats
        return scenario
    }

    func run(_ scenario: Scenario, replication: Int = 0) -> CollectingSink {
        let sink = CollectingSink()
        _ = Simulation(scenario: scenario).runReplication(replication, records: sink)
        return sink
    }

    @Test func sessionsCoverTheShiftsAndSplitIntoOnlineAndAway() throws {
        let scenario = try scenario()
        let setup = CompiledScenario(scenario)
        for replication in 0..<3 {
            let sink = run(scenario, replication: replication)
            let byNumber = sink.sessions.sorted { $0.number < $1.number }
            #expect(byNumber.map(\.number) == Array(1...sink.sessions.count), "numbered 1, 2, …")
            #expect(zip(byNumber, byNumber.dropFirst()).allSatisfy { $0.loginTime <= $1.loginTime }, "in login order")
            for agent in setup.agentGroups.indices {
                let sessions = sink.sessions.filter { $0.agent == agent }.sorted { $0.loginTime < $1.loginTime }
                let shift = try #require(scenario.agentGroups[Int(setup.agentGroups[agent])].shift)
                // Breaks and automatic Away keep the agent logged in: one session per shift.
                let session = try #require(sessions.count == 1 ? sessions.first : nil, "agent \(agent): \(sessions)")
                #expect(session.loginTime == shift.start)
                let end = try #require(shift.end)
                if setup.groups[Int(setup.agentGroups[agent])].atShiftEnd == .endChats {
                    #expect(session.logoutTime == end, "ends its chats and logs out at once")
                } else {
                    #expect(session.logoutTime >= end && session.logoutTime <= end + 3600, "drains, then logs out")
                }
                let length = session.logoutTime - session.loginTime
                #expect(abs(session.online + session.away - length) < 1e-6, "Online + Away = the session")
                let breaks = shift.breaks.reduce(0) { $0 + $1.length }
                #expect(session.away >= breaks - 1e-6, "breaks are Away")
                #expect(session.inChats <= length + 1e-6 && session.atCapacity <= session.inChats + 1e-6)
                #expect(session.idle <= session.online + 1e-6)
                #expect(abs(session.idle + session.inChats - length) <= session.away + 1e-6,
                        "Online without chats, or holding some")
            }
        }
    }

    @Test func sessionCountersMatchTheEventsOfEveryChat() throws {
        let sink = run(try scenario())
        let events = sink.records.flatMap(\.events)
        func count(_ types: Set<TranscriptEventType>, of agent: Int) -> Int {
            events.count { types.contains($0.type) && $0.agent == agent }
        }
        var engaged = 0
        for session in sink.sessions {
            #expect(session.engaged == count([.accept], of: session.agent))
            #expect(session.assigned == count([.pushAssignment, .choiceRoute], of: session.agent))
            #expect(session.declined == count([.declineManual], of: session.agent))
            #expect(session.timedOut == count([.declineTimeout], of: session.agent))
            engaged += session.engaged
        }
        #expect(engaged == sink.records.count { $0.startTime != nil } && engaged > 0)
        #expect(sink.sessions.contains { $0.declined > 0 } && sink.sessions.contains { $0.timedOut > 0 })
    }

    @Test func sampledRecordsStillCountEveryChatInTheSessions() throws {
        var sampled = try scenario()
        sampled.records = .sample(0.1)
        let all = run(try scenario())
        let some = run(sampled)
        #expect(some.records.count < all.records.count / 2)
        #expect(some.sessions == all.sessions)
    }

    @Test func flagsCountInTheSessionOfTheAgentWhoRaisedThemForEveryChat() throws {
        // The support day's agents raise flags in 4 % of their conversations.
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("support-day.yaml"))
        scenario.records = .all
        let all = run(scenario)
        var raised: [Int: Int] = [:]
        var lowered: [Int: (agent: Int, supervisor: Int)] = [:]
        for event in all.records.flatMap(\.events) {
            guard let agent = event.agent else { continue }
            switch event.type {
            case .flagRaised: raised[agent, default: 0] += 1
            case .flagLoweredAgent: lowered[agent, default: (0, 0)].agent += 1
            case .flagLoweredSupervisor: lowered[agent, default: (0, 0)].supervisor += 1
            default: break
            }
        }
        #expect(raised.values.reduce(0, +) > 20)
        var perAgent: [Int: (raised: Int, agent: Int, supervisor: Int)] = [:]
        for session in all.sessions {
            perAgent[session.agent, default: (0, 0, 0)].raised += session.flagsRaised
            perAgent[session.agent, default: (0, 0, 0)].agent += session.flagsLoweredByAgent
            perAgent[session.agent, default: (0, 0, 0)].supervisor += session.flagsLoweredBySupervisor
        }
        for (agent, counts) in perAgent {
            #expect(counts.raised == raised[agent, default: 0], "agent \(agent)")
            #expect(counts.agent == lowered[agent, default: (0, 0)].agent, "agent \(agent)")
            #expect(counts.supervisor == lowered[agent, default: (0, 0)].supervisor, "agent \(agent)")
        }
        scenario.records = .sample(0.1)
        let sink = CollectingSink()
        let metrics = Simulation(scenario: scenario).runReplication(0, records: sink)
        #expect(sink.sessions.reduce(0) { $0 + $1.flagsRaised } == metrics.totalChats.conversations.flagsRaised,
                "sampled records still count every chat's flag")
        #expect(sink.sessions.reduce(0) { $0 + $1.flagsRaised } == raised.values.reduce(0, +))
    }

    @Test func withoutRecordsNoSessionIsKept() throws {
        var scenario = try scenario()
        scenario.records = .none
        let sink = run(scenario)
        #expect(sink.sessions.isEmpty && sink.visitors.isEmpty && sink.records.isEmpty)
    }
}
