import ContactCenter
import ScenarioFiles
import Stochastics
import Testing

/// The conversation service mode in scenario files, and distributions of counts.
struct ConversationKeysTests {
    static let service = """
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    func load(_ serviceLines: String) throws -> Scenario {
        try ScenarioLoader.parse(Fixtures.yaml(replacing: Self.service, with: serviceLines), fileName: "x.yaml",
                                 format: .yaml)
    }

    @Test func everyKeyIsRead() throws {
        let scenario = try load("""
            service:
              mode: conversation
              visitorMessages: lognormal(mean: 5, sd: 3)
              visitorThinkTime: lognormal(mean: 40s, sd: 30s)
              typingTime: exponential(mean: 35s)
              quickTextShare: 30%
              quickTextTime: constant(5s)
              articleProbability: 0.1
              articleLookupTime: exponential(mean: 45s)
              autoGreeting: true
              visitorEnds: 60%
              idleWarning: 2m
              idleTimeout: 4m
              criticalWait: 1m
            """)
        #expect(scenario.service == .conversation(Scenario.Conversation(
            visitorMessages: .lognormal(mean: 5, sd: 3), visitorThinkTime: .lognormal(mean: 40, sd: 30),
            typingTime: .exponential(mean: 35), quickTextShare: 0.3, quickTextTime: .constant(5),
            articleProbability: 0.1, articleLookupTime: .exponential(mean: 45), autoGreeting: true, visitorEnds: 0.6,
            idleWarning: 120, idleTimeout: 240, criticalWait: 60)))
    }

    @Test func omittedKeysTakeTheirDefaults() throws {
        let scenario = try load("""
            service:
              mode: conversation
              visitorMessages: empirical([1, 2, 5])
              visitorThinkTime: constant(30s)
              typingTime: constant(20s)
            """)
        #expect(scenario.service == .conversation(Scenario.Conversation(
            visitorMessages: .empirical([1, 2, 5]), visitorThinkTime: .constant(30), typingTime: .constant(20))))
    }

    @Test func messageCountsArePlainNumbersAndTimesNeedUnits() throws {
        let issues = Fixtures.issues(in: Fixtures.yaml(replacing: Self.service, with: """
            service:
              mode: conversation
              visitorMessages: constant(5m)
              visitorThinkTime: constant(30)
              typingTime: constant(20s)
            """)).map(\.description)
        #expect(issues.count == 2 && issues[0].contains("service.visitorMessages: constant: expected a plain number")
                && issues[1].contains("service.visitorThinkTime: constant: expected a duration"), "\(issues)")
        #expect(throws: ExpressionError.self) { try DistributionExpression.parse("lognormal(mean: 5, sd: 3)") }
        #expect(try DistributionExpression.parseCount("lognormal(mean: 5, sd: 3)") == .lognormal(mean: 5, sd: 3))
        #expect(try DistributionExpression.parseCount("uniform(min: 1, max: 8)") == .uniform(min: 1, max: 8))
    }

    @Test func aMissingRequiredKeyIsNamed() {
        let issues = Fixtures.issues(in: Fixtures.yaml(replacing: Self.service, with: """
            service:
              mode: conversation
              visitorMessages: constant(5)
            """)).map(\.description)
        #expect(issues.contains { $0.contains("visitorThinkTime") } && issues.contains { $0.contains("typingTime") },
                "\(issues)")
    }
}
