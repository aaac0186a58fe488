import ContactCenter
import ScenarioFiles
import Stochastics
import Testing

/// The `conversation` mappings of buttons (visitor-side settings) and agent groups (agent-side
/// settings) in scenario files.
struct ConversationSettingsKeysTests {
    static let simpleService = """
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    static let conversationService = """
        service:
          mode: conversation
          visitorMessages: constant(4)
          visitorThinkTime: constant(30s)
          typingTime: constant(20s)
          idleWarning: 2m
          idleTimeout: 4m
        """

    /// The fixture in the conversation mode, with lines added to its button and its agent group.
    static func text(button: String = "", agents: String = "", service: String = conversationService) -> String {
        Fixtures.yaml(button: button, agents: agents).replacingOccurrences(of: simpleService, with: service)
    }

    @Test func everyVisitorKeyIsReadForAButton() throws {
        let scenario = try ScenarioLoader.parse(Self.text(button: """
                conversation:
                  visitorMessages: lognormal(mean: 6, sd: 2)
                  visitorThinkTime: exponential(mean: 50s)
                  visitorEnds: 70%
                  visitorLeaves: 10%
                  idleWarning: none
                  idleTimeout: 10m

            """), fileName: "x.yaml", format: .yaml)
        #expect(scenario.buttons[0].conversation == [
            .visitorMessages(.lognormal(mean: 6, sd: 2)), .visitorThinkTime(.exponential(mean: 50)), .visitorEnds(0.7),
            .visitorLeaves(0.1), .idleWarning(nil), .idleTimeout(600),
        ])
        #expect(scenario.agentGroups[0].conversation.isEmpty)
    }

    @Test func everyAgentKeyIsReadForAGroup() throws {
        let scenario = try ScenarioLoader.parse(Self.text(agents: """
                conversation:
                  typingTime: exponential(mean: 15s)
                  quickTextShare: 40%
                  quickTextTime: constant(4s)
                  articleProbability: 5%
                  articleLookupTime: constant(1m)
                  autoGreeting: true
                  criticalWait: none
                  records: { Case: { create: 50% } }
                  fileTransfers: { probability: 20%, fileSize: constant(1MB) }
                  flags: { probability: 10%, loweredAfter: constant(1m) }

            """), fileName: "x.yaml", format: .yaml)
        #expect(scenario.agentGroups[0].conversation == [
            .typingTime(.exponential(mean: 15)), .quickTextShare(0.4), .quickTextTime(.constant(4)),
            .articleProbability(0.05), .articleLookupTime(.constant(60)), .autoGreeting(true), .criticalWait(nil),
            .records([.init(type: .supportCase, create: 0.5)]),
            .fileTransfers(.init(probability: 0.2, fileSize: .constant(1))),
            .flags(.init(probability: 0.1, loweredAfter: .constant(60))),
        ])
        #expect(scenario.buttons[0].conversation.isEmpty)
    }

    @Test func anAgentKeyOnAButtonSaysWhereItBelongs() {
        let issue = Fixtures.onlyIssue(Self.text(button: """
                conversation: { visitorEnds: 80%, typingTime: constant(5s) }

            """))
        #expect(issue?.contains(
            "buttons[0].conversation.typingTime: agent behaviour is set per agent group (agents[i].conversation), not per button"
        ) == true, "\(issue ?? "")")
    }

    @Test func aVisitorKeyOnAGroupSaysWhereItBelongs() {
        let issue = Fixtures.onlyIssue(Self.text(agents: """
                conversation: { visitorThinkTime: constant(5s) }

            """))
        #expect(issue?.contains(
            "agents[0].conversation.visitorThinkTime: visitor behaviour is set per button (buttons[i].conversation), not per agent group"
        ) == true, "\(issue ?? "")")
    }

    @Test func theQuickTextLibraryStaysServiceWide() {
        let issue = Fixtures.onlyIssue(Self.text(agents: """
                conversation: { quickTexts: ["Hello"] }

            """))
        #expect(issue?.contains("agents[0].conversation.quickTexts: the quick-text library is shared by the whole service")
                == true, "\(issue ?? "")")
    }

    @Test func valuesReadAsInTheServiceBlock() {
        let issues = Fixtures.issues(in: Self.text(button: """
                conversation: { visitorMessages: constant(5m), visitorEnds: 1.5 }

            """, agents: """
                conversation: { typingTime: constant(20), autoGreeting: yes please }

            """)).map(\.description)
        #expect(issues.count == 4, "\(issues)")
        #expect(issues.contains { $0.contains("buttons[0].conversation.visitorMessages: constant: expected a plain number") })
        #expect(issues.contains { $0.contains("buttons[0].conversation.visitorEnds: expected a probability") })
        #expect(issues.contains { $0.contains("agents[0].conversation.typingTime: constant: expected a duration") })
        #expect(issues.contains { $0.contains("agents[0].conversation.autoGreeting: expected true or false") })
    }

    @Test func anUnknownKeyIsSuggestedAmongItsSide() {
        let issue = Fixtures.onlyIssue(Self.text(button: """
                conversation: { visitorMesages: constant(3) }

            """))
        #expect(issue?.contains("buttons[0].conversation.visitorMesages: unknown key \"visitorMesages\"; did you mean \"visitorMessages\"?")
                == true, "\(issue ?? "")")
    }

    @Test func settingsNeedTheConversationMode() {
        let issue = Fixtures.onlyIssue(Self.text(button: """
                conversation: { visitorEnds: 80% }

            """, service: Self.simpleService))
        #expect(issue?.contains("buttons[0].conversation: conversation settings need service mode conversation") == true,
                "\(issue ?? "")")
    }

    @Test func settingsAreCheckedInTheModelTheyMake() {
        let issues = Fixtures.issues(in: Self.text(button: """
                conversation: { idleTimeout: 1m }

            """, agents: """
                conversation: { fileTransfers: { probability: 20%, fileSize: constant(1MB) } }

            """)).map(\.description)
        #expect(issues.count == 2, "\(issues)")
        #expect(issues.contains { $0.contains("buttons[0].conversation.idleTimeout: expected the warning before the time-out (1m), found 2m") })
        #expect(issues.contains {
            $0.contains("agents[0].conversation.fileTransfers: expected service.records to attach some record")
        })
    }
}
