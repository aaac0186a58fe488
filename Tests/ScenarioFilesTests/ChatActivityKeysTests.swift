import ContactCenter
import ScenarioFiles
import Stochastics
import Testing

/// The conversation keys of what happens inside a chat: records, file transfers, flags, visitors
/// closing the window and the quick-text library.
struct ChatActivityKeysTests {
    static let service = """
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    static func text(_ extraLines: String) -> String {
        Fixtures.yaml(replacing: service, with: """
            service:
              mode: conversation
              visitorMessages: constant(4)
              visitorThinkTime: constant(30s)
              typingTime: constant(20s)

            """ + extraLines)
    }

    @Test func everyKeyIsRead() throws {
        let scenario = try ScenarioLoader.parse(Self.text("""
              visitorLeaves: 20%
              quickTexts: ["One moment please.", "Thanks for waiting!"]
              records:
                Case: { create: 40%, find: 30% }
                Contact: { find: 0.6, existing: 20000 }
              fileTransfers:
                probability: 25%
                fileSize: lognormal(mean: 2MB, sd: 3MB)
                uploadTime: exponential(mean: 40s)
                visitorCancels: 5%
                agentCancels: 3%
              flags: { probability: 8%, loweredAfter: exponential(mean: 2m), supervisorLowers: 60%, whisper: 50% }
            """), fileName: "x.yaml", format: .yaml)
        guard case .conversation(let model) = scenario.service else {
            Issue.record("not a conversation")
            return
        }
        #expect(model.visitorLeaves == 0.2)
        #expect(model.quickTexts == ["One moment please.", "Thanks for waiting!"])
        #expect(model.records == [.init(type: .supportCase, create: 0.4, find: 0.3),
                                  .init(type: .contact, find: 0.6, existing: 20_000)])
        #expect(model.fileTransfers == .init(probability: 0.25, fileSize: .lognormal(mean: 2, sd: 3),
                                             uploadTime: .exponential(mean: 40), visitorCancels: 0.05, agentCancels: 0.03))
        #expect(model.flags == .init(probability: 0.08, loweredAfter: .exponential(mean: 120), supervisorLowers: 0.6,
                                     whisper: 0.5))
    }

    @Test func anUnknownRecordTypeIsNamedWithTheAllowedOnes() {
        let issue = Fixtures.onlyIssue(Self.text("""
              records:
                Cases: { create: 40% }
            """))
        #expect(issue?.contains("service.records.Cases: expected a record type (Case, Contact, Account, Lead, or a "
                                + "custom object's API name like Order__c)") == true
                && issue?.contains("did you mean \"Case\"?") == true, "\(issue ?? "")")
    }

    @Test func customObjectsAreReadByTheirAPINames() throws {
        let scenario = try ScenarioLoader.parse(Self.text("""
              records:
                Case: { create: 10% }
                Order__c: { find: 30%, existing: 500 }
            """), fileName: "x.yaml", format: .yaml)
        guard case .conversation(let model) = scenario.service else {
            Issue.record("not a conversation")
            return
        }
        let order = try #require(Scenario.AttachableRecord("Order__c"))
        #expect(model.records == [.init(type: .supportCase, create: 0.1), .init(type: order, find: 0.3, existing: 500)])
        #expect(scenario.attachableRecordTypes == Scenario.AttachableRecord.standard + [order])
    }

    @Test func impossibleSettingsAreProblems() {
        let issues = Fixtures.issues(in: Self.text("""
              records:
                Lead: { create: 70%, find: 40% }
              fileTransfers: none
              quickTexts: ["", "ok"]
            """)).map(\.description)
        #expect(issues.count == 2, "\(issues)")
        #expect(issues.contains { $0.contains("service.records.Lead: expected create and find to add up to at most 100%") })
        #expect(issues.contains { $0.contains("service.quickTexts[0]: expected a non-empty text") })
    }

    @Test func filesNeedARecordToGoTo() {
        let issue = Fixtures.onlyIssue(Self.text("""
              fileTransfers: { probability: 10%, fileSize: constant(1MB) }
            """))
        #expect(issue?.contains("service.fileTransfers: expected service.records to attach some record") == true,
                "\(issue ?? "")")
    }

    @Test func fileSizesHaveUnitsAndAreReadInMegabytes() throws {
        func fileSize(_ expression: String) throws -> Distribution? {
            let scenario = try ScenarioLoader.parse(Self.text("""
                  records: { Case: { find: 50% } }
                  fileTransfers: { probability: 10%, fileSize: \(expression) }
                """), fileName: "x.yaml", format: .yaml)
            guard case .conversation(let model) = scenario.service else { return nil }
            return model.fileTransfers?.fileSize
        }
        #expect(try fileSize("constant(2MB)") == .constant(2))
        #expect(try fileSize("constant(512KB)") == .constant(0.5))
        #expect(try fileSize("constant(1.5 GB)") == .constant(1536))
        #expect(try fileSize("lognormal(mean: 2MB, sd: 1024KB)") == .lognormal(mean: 2, sd: 1))
        #expect(try fileSize("empirical([256KB, 1MB, 4MB])") == .empirical([0.25, 1, 4]))
        for (expression, message) in [
            ("constant(2)", "expected a file size like 500KB, 2MB or 1.5GB, found \"2\"; add a unit, like 2MB"),
            ("constant(2s)", "expected a unit after 2 (KB, MB or GB), found \"s\""),
            ("constant(2mb)", "expected a unit after 2 (KB, MB or GB), found \"mb\""),
        ] {
            let issue = Fixtures.onlyIssue(Self.text("""
                  records: { Case: { find: 50% } }
                  fileTransfers: { probability: 10%, fileSize: \(expression) }
                """))
            #expect(issue?.contains("service.fileTransfers.fileSize") == true && issue?.contains(message) == true,
                    "\(issue ?? "")")
        }
    }
}
