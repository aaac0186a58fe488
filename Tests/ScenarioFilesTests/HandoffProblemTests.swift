import Testing
import ScenarioFiles

/// Transfers and conferences that decode but cannot run (unknown names, a conference with a
/// button, no targets, a zero time-out) are reported at their field, with the names the scenario
/// knows; so are `after` and `stay` distributions that cannot be sampled.
struct HandoffProblemTests {
    /// A scenario with buttons `support` and `billing` and groups `tier1` (skill `support`) and
    /// `tier2` (skills `support`, `billing`), where `tier2` has `handoffLines` (from line 17).
    private func scenario(tier2 handoffLines: String) -> String {
        """
        name: handoffs
        horizon: 8h
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 120/h }
          - id: billing
            skill: billing
            arrivals: { rate: 30/h }
        agents:
          - group: tier1
            count: 3
            skills: [support]
          - group: tier2
            count: 2
            skills: [support, billing]
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """.replacingOccurrences(of: "support, billing]\n", with: "support, billing]\n" + handoffLines)
    }

    @Test func theFixtureIsValid() {
        #expect(Fixtures.issues(in: scenario(tier2: "")).isEmpty)
        let everyTarget = scenario(tier2: """
                transfers: {probability: 1, after: constant(1m), to: [{group: tier1}, {skill: billing}, {button: support}]}
                conferences: {probability: 1, after: constant(1m), to: [{group: tier2}, {skill: support}], stay: constant(1m)}

            """)
        #expect(Fixtures.issues(in: everyTarget).isEmpty)
    }

    @Test func unknownNamesAreReportedWithTheKnownOnes() {
        let text = scenario(tier2: """
                transfers:
                  probability: 10%
                  after: exponential(mean: 3m)
                  to: [{group: tier3}, {skill: sales}, {button: sales}]

            """)
        #expect(Fixtures.issues(in: text).map(\.description) == [
            "x.yaml:20:20: agents[1].transfers.to[0].group: expected an agent group (tier1, tier2), found \"tier3\"",
            "x.yaml:20:36: agents[1].transfers.to[1].skill: expected a skill some agent group holds "
                + "(support, billing), found \"sales\"",
            "x.yaml:20:53: agents[1].transfers.to[2].button: expected a button (support, billing), found \"sales\"",
        ])
    }

    @Test func conferencesInviteNoButton() {
        let text = scenario(tier2: """
                conferences:
                  probability: 5%
                  after: exponential(mean: 2m)
                  to: [{skill: billing}, {button: billing, weight: 2}]
                  stay: exponential(mean: 3m)

            """)
        #expect(Fixtures.onlyIssue(text)
            == "x.yaml:20:39: agents[1].conferences.to[1].button: conferences invite agents: "
            + "expected a group or a skill, found button \"billing\"")
    }

    @Test func anEmptyTargetListIsReportedAtTo() {
        let text = scenario(tier2: "    transfers:\n      probability: 10%\n      after: constant(1m)\n      to: []\n")
        #expect(Fixtures.onlyIssue(text) == "x.yaml:20:11: agents[1].transfers.to: expected at least one target")
    }

    @Test func timeoutsMustBePositive() {
        let text = scenario(tier2: """
                transfers: {probability: 10%, after: constant(1m), to: [{group: tier1}], timeout: 0s}
                conferences: {probability: 10%, after: constant(1m), to: [{group: tier1}], timeout: 0ms, stay: constant(1m)}

            """)
        #expect(Fixtures.issues(in: text).map(\.description) == [
            "x.yaml:17:87: agents[1].transfers.timeout: expected a positive duration, found 0s",
            "x.yaml:18:89: agents[1].conferences.timeout: expected a positive duration, found 0s",
        ])
    }

    @Test func afterAndStayMustBeSampleable() {
        // Caught when the distribution is read, before the scenario's own check.
        let text = scenario(tier2: """
                transfers: {probability: 10%, after: exponential(mean: 0s), to: [{group: tier1}]}
                conferences: {probability: 10%, after: constant(1m), to: [{group: tier1}], stay: uniform(min: 2m, max: 1m)}

            """)
        #expect(Fixtures.issues(in: text).map(\.description) == [
            "x.yaml:17:42: agents[1].transfers.after: exponential: mean must be a positive, finite number (found 0.0)",
            "x.yaml:18:86: agents[1].conferences.stay: uniform: min must be below max (found min 120.0, max 60.0)",
        ])
    }
}
