import Routing
import Testing

@Suite struct BlockedRequestTests {
    @Test func requestsFromBlockedAddressesNeverReachAnAgent() throws {
        let rules = BlockingRules([try BlockingRule("203.0.113.0 - 203.0.113.255"), try BlockingRule("2001:db8::1")])
        var harness = RouterHarness(agents: [([0], 5)], blocking: rules)
        let (blocked, decisions) = harness.request(from: IPAddress("203.0.113.77"), at: 1)
        #expect(decisions == [.canceled(blocked, .blocked)])
        #expect(decisions.first?.eventType == .cancelBlocked)
        let (v6, more) = harness.request(from: IPAddress("2001:db8::1"), at: 2)
        #expect(more == [.canceled(v6, .blocked)])
        let (allowed, fine) = harness.request(from: IPAddress("203.0.114.1"), at: 3)
        #expect(fine == [.offered(allowed, AgentID(0))])
        #expect(harness.router.load(of: AgentID(0)) == 1)
    }

    @Test func rulesAddedWhileRunningBlockLaterRequests() throws {
        var harness = RouterHarness(agents: [([0], 5)])
        let address = try #require(IPAddress("198.51.100.9"))
        let (first, _) = harness.request(from: address, at: 1)
        #expect(harness.router.agent(of: first) == AgentID(0))
        harness.router.addBlockingRule(BlockingRule(blocking: address, description: "abusive visitor"))
        let (second, decisions) = harness.request(from: address, at: 2)
        #expect(decisions == [.canceled(second, .blocked)])
        #expect(harness.router.blockingRules.rule(blocking: address)?.description == "abusive visitor")
    }
}
