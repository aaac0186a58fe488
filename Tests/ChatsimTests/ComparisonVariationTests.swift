import Chatsim
import ContactCenter
import Foundation
import ScenarioFiles
import Testing

/// `--vary PATH=VALUE,VALUE,…`: parsing, errors and the variants it makes.
@Suite struct ComparisonVariationTests {
    func problem(_ text: String) -> String? {
        do {
            _ = try ScenarioVariation(parsing: text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsEveryVariableField() throws {
        let capacity = try ScenarioVariation(parsing: "agents[0].capacity=2,3,4")
        #expect(capacity.field == .agentCapacity(group: 0))
        #expect(capacity.settings.map(\.value) == [.whole(2), .whole(3), .whole(4)])
        #expect(capacity.settings.map(capacity.name(of:)) == ["capacity=2", "capacity=3", "capacity=4"])
        #expect(capacity.override(capacity.settings[1]) == "agents[0].capacity=3")
        let count = try ScenarioVariation(parsing: "agents[12].count = 12, 13")
        #expect(count.field == .agentCount(group: 12))
        #expect(count.settings.map(count.name(of:)) == ["count=12", "count=13"])
        let timeout = try ScenarioVariation(parsing: "buttons[1].pushTimeout=30s,1m30s,none")
        #expect(timeout.field == .pushTimeout(button: 1))
        #expect(timeout.settings.map(\.value) == [.duration(30), .duration(90), .duration(nil)])
        let threshold = try ScenarioVariation(parsing: "serviceLevel=20s,1m")
        #expect(threshold.field == .serviceLevel)
        #expect(threshold.settings.map(\.value) == [.duration(20), .duration(60)])
        #expect(threshold.settings.map(threshold.name(of:)) == ["serviceLevel=20s", "serviceLevel=1m"])
    }

    @Test func rejectsWhatItCannotVary() {
        #expect(problem("agents[0].capacity") == "--vary: expected PATH=VALUE,VALUE,… such as agents[0].capacity=2,3,4, found \"agents[0].capacity\"")
        let fields = "the fields that can vary are agents[i].count, agents[i].capacity, buttons[i].pushTimeout or serviceLevel"
        for path in ["agents[0].skills", "agents.count", "agents[-1].count", "agents[x].count", "buttons[0].capacity",
                     "horizon", "agents[0]count", "capacity"] {
            #expect(problem("\(path)=1,2") == "--vary: cannot vary \"\(path)\"; \(fields)")
        }
    }

    @Test func rejectsBadValues() {
        #expect(problem("agents[0].capacity=2,two") == "--vary agents[0].capacity: expected a whole number, found \"two\"")
        #expect(problem("agents[0].count=12,,13") == "--vary agents[0].count: expected a whole number, found \"\"")
        #expect(problem("agents[0].count=12") == "--vary agents[0].count: expected at least two values to compare, separated by commas, found 1")
        #expect(problem("agents[0].count=12,13,12") == "--vary agents[0].count: the value 12 is given twice")
        #expect(problem("serviceLevel=20s,0.5m,30s") == "--vary serviceLevel: the value 30s is given twice")
        #expect(problem("serviceLevel=20s,none") == "--vary serviceLevel: expected a duration like 90s, 5m or 1h30m, found \"none\"")
        #expect(problem("buttons[0].pushTimeout=30,none")
                == "--vary buttons[0].pushTimeout: expected a duration like 90s, 5m or 1h30m, found \"30\"; add a unit, like 30s, 30m or 30h; none turns the time-out off")
    }

    @Test func makesOneVariantPerValueOfTheDecodedScenario() throws {
        let file = RepositoryPaths.scenario("support-day.yaml")
        let scenario = try ScenarioLoader.load(contentsOf: file)
        let job = CompareJob(scenarioFiles: [file], variation: "agents[1].capacity=1,2,3")
        let variants = try job.variants().variants
        #expect(variants.map(\.name) == ["capacity=1", "capacity=2", "capacity=3"])
        #expect(variants.map(\.override) == ["agents[1].capacity=1", "agents[1].capacity=2", "agents[1].capacity=3"])
        #expect(variants.allSatisfy { $0.source == file.relativePath })
        for (capacity, variant) in zip(1..., variants) {
            var expected = scenario
            expected.agentGroups[1].capacity = capacity
            #expect(variant.scenario == expected)
        }
        let timeouts = try CompareJob(scenarioFiles: [file], variation: "buttons[0].pushTimeout=none,45s").variants().variants
        #expect(timeouts.map(\.scenario.buttons[0].pushTimeout) == [nil, 45])
    }

    @Test func rejectsVariantsTheScenarioCannotHave() throws {
        let file = RepositoryPaths.scenario("mmc-12.yaml")
        func problem(_ variation: String, files: [URL]? = nil) -> String? {
            do {
                _ = try CompareJob(scenarioFiles: files ?? [file], variation: variation).variants()
                return nil
            } catch {
                return "\(error)"
            }
        }
        let path = file.relativePath
        #expect(problem("agents[1].count=1,2") == "--vary agents[1].count: \(path) has no agents[1], only 1 agent group")
        #expect(problem("buttons[2].pushTimeout=1m,2m") == "--vary buttons[2].pushTimeout: \(path) has no buttons[2], only 1 button")
        #expect(problem("agents[0].capacity=0,1,5001") == """
            --vary agents[0].capacity=0: agents[0].capacity: expected a whole number of chats from 1 to 5000, found 0
            --vary agents[0].capacity=5001: agents[0].capacity: expected a whole number of chats from 1 to 5000, found 5001
            """)
        #expect(problem("agents[0].count=1,2", files: [file, file]) == "--vary: expected exactly one scenario file, found 2")
    }
}
