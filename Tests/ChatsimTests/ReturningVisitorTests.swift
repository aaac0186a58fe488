import ContactCenter
import Foundation
import Routing
import ScenarioFiles
import Testing

/// Returning visitors come back as the same visitor; new visitors' attributes follow the
/// scenario's mixes; an agent's block keeps a returning visitor out.
@Suite struct ReturningVisitorTests {
    /// `routing-example.yaml` with every chat recorded and `share` of the arrivals returning.
    func scenario(returning share: Double) throws -> Scenario {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("routing-example.yaml"))
        scenario.records = .all
        scenario.visitors.returningShare = share
        return scenario
    }

    /// The records of replications `0 ..< count`.
    func run(_ scenario: Scenario, replications count: Int = 3) -> [CollectingSink] {
        let simulation = Simulation(scenario: scenario)
        return (0..<count).map { replication in
            let sink = CollectingSink()
            _ = simulation.runReplication(replication, records: sink)
            return sink
        }
    }

    @Test func aShareOfArrivalsAreEarlierVisitorsWithTheSameRecordAddressAndAttributes() throws {
        var returning = 0
        var arrivals = 0
        for sink in run(try scenario(returning: 0.2)) {
            var seen: [Int: ChatVisitor] = [:]
            for record in sink.records.sorted(by: { $0.number < $1.number }) {
                let visitor = try #require(record.visitor)
                if let earlier = seen[visitor.number] {
                    returning += 1
                    #expect(earlier == visitor, "same id, address and attributes")
                } else {
                    #expect(visitor.number == seen.count + 1, "new visitors numbered in order of arrival")
                    seen[visitor.number] = visitor
                }
            }
            // The day's first visitor cannot return.
            arrivals += sink.records.count - 1
            #expect(sink.visitors.map(\.number) == Array(1...seen.count))
            #expect(sink.visitors.reduce(0) { $0 + $1.chats } == sink.records.count, "every chat has its visitor")
            for visitor in sink.visitors {
                #expect(visitor.chats == sink.records.count { $0.visitor?.number == visitor.number })
            }
        }
        // Returning arrivals are binomial(arrivals, 20%): within 3.29 standard deviations (99.9%).
        let expected = 0.2 * Double(arrivals)
        #expect(arrivals > 1000 && abs(Double(returning) - expected) <= 3.29 * (expected * 0.8).squareRoot(),
                "\(returning) of \(arrivals)")
    }

    @Test func withoutReturningEveryChatHasItsOwnVisitor() throws {
        let sink = try #require(run(try scenario(returning: 0), replications: 1).first)
        #expect(Set(sink.records.compactMap { $0.visitor?.number }).count == sink.records.count)
        #expect(sink.visitors.allSatisfy { $0.chats == 1 })
    }

    @Test func aVisitorsDeviceAttributesAgreeUnlessTheScenarioSetsThem() throws {
        var scenario = try scenario(returning: 0)
        #expect(scenario.visitors.attributes.drawsDevicesTogether)
        let devices = Scenario.VisitorAttributes.deviceAttributes
        let standard = scenario.visitors.attributes
        let known = Set((0..<standard[.browser].count).map { position in devices.map { standard[$0][position].value } })
        let visitors = run(scenario, replications: 2).flatMap { $0.records.compactMap(\.visitor) }
        #expect(visitors.count > 500)
        #expect(visitors.allSatisfy { visitor in known.contains(devices.map { visitor[$0] }) },
                "browser, platform, screen and user agent come from one standard device")
        #expect(Set(visitors.map { visitor in devices.map { visitor[$0] } }).count > 5, "several devices appear")
        scenario.visitors.attributes[.browser] = [.init("Chrome", weight: 1), .init("Safari", weight: 1)]
        #expect(!scenario.visitors.attributes.drawsDevicesTogether)
        let mixed = run(scenario, replications: 2).flatMap { $0.records.compactMap(\.visitor) }
        #expect(mixed.contains { visitor in !known.contains(devices.map { visitor[$0] }) },
                "set mixes are drawn on their own")
    }

    @Test func attributesFollowTheirWeights() throws {
        var scenario = try scenario(returning: 0)
        scenario.visitors.blockedShare = 0
        scenario.visitors.attributes.addresses = IPAddress("198.51.100.0")!...IPAddress("198.51.100.255")!
        scenario.blocking = [try BlockingRule("198.51.100.0 - 198.51.100.63")]
        let visitors = run(scenario, replications: 8).flatMap { $0.records.compactMap(\.visitor) }
        // Chi-square critical values at 0.1%, by degrees of freedom.
        let critical = [1: 10.83, 2: 13.82, 3: 16.27, 4: 18.47, 5: 20.52, 6: 22.46, 7: 24.32, 8: 26.12]
        let attributes = scenario.visitors.attributes
        for attribute in VisitorAttribute.allCases {
            // A value may stand in a mix more than once (the standard devices share browsers).
            let weights = Dictionary(attributes[attribute].map { ($0.value, $0.weight) }, uniquingKeysWith: +)
            let total = weights.values.reduce(0, +)
            let chiSquare = weights.reduce(0.0) { sum, weighted in
                let expected = Double(visitors.count) * weighted.value / total
                let observed = Double(visitors.count { $0[attribute] == weighted.key })
                return sum + (observed - expected) * (observed - expected) / expected
            }
            #expect(visitors.allSatisfy { weights[$0[attribute]] != nil })
            #expect(chiSquare < critical[weights.count - 1]!, "\(attribute): χ² = \(chiSquare) over \(visitors.count)")
        }
        // Addresses: uniform over the 192 the rule leaves free; 64 bins of 3 addresses.
        let low = IPAddress("198.51.100.64")!
        let bins = Dictionary(grouping: visitors) { visitor -> Int in
            #expect(visitor.address >= low && visitor.address <= attributes.addresses.upperBound, "\(visitor.address)")
            return Int(visitor.address.low - low.low) / 3
        }
        let expected = Double(visitors.count) / 64
        let chiSquare = (0..<64).reduce(0.0) { sum, bin in
            let observed = Double(bins[bin]?.count ?? 0)
            return sum + (observed - expected) * (observed - expected) / expected
        }
        #expect(bins.count == 64 && chiSquare < 103.4, "χ² = \(chiSquare) with 63 degrees of freedom (0.1%)")
    }

    @Test func visitorsMarkedAsBlockedComeFromTheBlockedAddress() throws {
        var scenario = try scenario(returning: 0.3)
        scenario.visitors.blockedShare = 0.05
        for sink in run(scenario, replications: 2) {
            let blocked = sink.records.filter { $0.events.contains { $0.type == .cancelBlocked } }
            #expect(!blocked.isEmpty)
            #expect(blocked.allSatisfy { $0.visitor?.address == scenario.blocking[0].from })
            #expect(sink.records.allSatisfy { record in
                record.visitor!.address == scenario.blocking[0].from || !BlockingRules(scenario.blocking).blocks(record.visitor!.address)
            }, "other visitors come from free addresses")
        }
    }

    @Test func aVisitorAnAgentBlockedIsRefusedWhenItReturns() throws {
        var scenario = try scenario(returning: 0.5)
        scenario.agentGroups[0].blockProbability = 0.1
        var refusedReturns = 0
        for sink in run(scenario) {
            let records = sink.records.sorted { $0.number < $1.number }
            var blockedAt: [Int: Double] = [:]
            for record in records {
                let visitor = record.visitor!.number
                if let time = blockedAt[visitor], record.requestTime > time {
                    #expect(record.status == .blocked && record.events.map(\.type) == [.chatRequest, .cancelBlocked])
                    refusedReturns += 1
                }
                if let block = record.events.first(where: { $0.type == .agentBlocked }) {
                    blockedAt[visitor] = min(blockedAt[visitor] ?? .infinity, block.time)
                }
            }
        }
        #expect(refusedReturns > 0)
    }

    @Test func metricsDoNotDependOnRecordsWithReturningVisitorsAndBlocks() throws {
        var scenario = try scenario(returning: 0.5)
        scenario.agentGroups[0].blockProbability = 0.1
        var withoutRecords = scenario
        withoutRecords.records = .none
        let sink = CollectingSink()
        let recorded = Simulation(scenario: scenario).runReplication(1, records: sink)
        let unrecorded = Simulation(scenario: withoutRecords).runReplication(1, records: CollectingSink())
        #expect(recorded == unrecorded)
        #expect(recorded.totalChats.blocked > 0)
    }
}
