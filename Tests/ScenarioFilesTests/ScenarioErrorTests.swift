import Foundation
import Testing
import ScenarioFiles

/// Each kind of mistake is reported with the file, line, column, field path and what was expected.
struct ScenarioErrorTests {
    @Test func unknownKeySuggestsTheClosestKnownKey() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    capacity: 2", with: "    capacty: 2"))
            == "x.yaml:11:5: agents[0].capacty: unknown key \"capacty\"; did you mean \"capacity\"?")
    }

    @Test func unknownKeyWithoutCloseMatchListsTheKnownKeys() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "name: small", with: "name: small\ncolour: red"))
            == "x.yaml:2:1: colour: unknown key \"colour\"; expected one of name, seed, horizon, warmup, "
            + "replications, interval, serviceLevel, serviceLevelTarget, records, startDate, buttons, agents, "
            + "visitors, blocking, service")
    }

    @Test func duplicateKeyPointsAtTheRepetition() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    capacity: 2", with: "    capacity: 2\n    capacity: 3"))
            == "x.yaml:12:5: agents[0].capacity: duplicate key \"capacity\" (first given at line 11)")
    }

    @Test func everyRepetitionOfEveryKeyIsReported() {
        let text = Fixtures.yaml(replacing: "    count: 3", with: "    count: 3\n    count: 4\n    count: 5")
            .replacingOccurrences(of: "name: small", with: "name: small\nname: again")
        #expect(Fixtures.issues(in: text).map(\.description) == [
            "x.yaml:2:1: name: duplicate key \"name\" (first given at line 1)",
            "x.yaml:11:5: agents[0].count: duplicate key \"count\" (first given at line 10)",
            "x.yaml:12:5: agents[0].count: duplicate key \"count\" (first given at line 10)",
        ])
    }

    @Test func duplicateKeyInJSON() {
        let json = """
            {"name": "j", "horizon": "1h", "horizon": "2h",
             "buttons": [], "agents": [], "service": {"mode": "simple", "handleTime": "constant(1s)"}}
            """
        #expect(Fixtures.issues(in: json, format: .json).first?.description
            == "x.json:1:32: horizon: duplicate key \"horizon\" (first given at line 1)")
    }

    @Test func missingRequiredKey() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "horizon: 8h\n", with: ""))
            == "x.yaml:1:1: horizon: missing required key \"horizon\"; expected a duration like 90s, 5m or 1h30m")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    skill: support\n", with: ""))
            == "x.yaml:4:5: buttons[0].skill: missing required key \"skill\"; expected a skill name")
    }

    @Test func wrongType() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    capacity: 2", with: "    capacity: two"))
            == "x.yaml:11:15: agents[0].capacity: expected a whole number of chats ≥ 1, found \"two\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "[support]", with: "support"))
            == "x.yaml:10:13: agents[0].skills: expected a list of skill names, like [support], found \"support\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "  - id: support", with: "  - id: [support]"))
            == "x.yaml:4:9: buttons[0].id: expected a button id, found a list")
    }

    @Test func nullValue() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "name: small", with: "name:"))
            == "x.yaml:1:6: name: expected a scenario name, found nothing")
    }

    @Test func bareNumberDurationAsksForAUnit() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "horizon: 8h", with: "horizon: 8"))
            == "x.yaml:2:10: horizon: expected a duration like 90s, 5m or 1h30m, found \"8\"; add a unit, like 8s, 8m or 8h")
    }

    @Test func badRatePointsAtTheUnit() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "rate: 120/h", with: "rate: 120/week"))
            == "x.yaml:6:27: buttons[0].arrivals.rate: expected a time unit after \"/\" (d, h, m or min, s), found \"week\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "rate: 120/h", with: "rate: 120"))
            == "x.yaml:6:23: buttons[0].arrivals.rate: expected a rate like 120/h, 4.2/min or 0.5/s, found \"120\"; "
            + "add a unit, like 120/h or 120/min")
    }

    @Test func badDistributionPointsIntoTheExpression() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "exponential(mean: 2m)", with: "exponential(mean: 2)"))
            == "x.yaml:14:33: service.handleTime: mean: expected a duration like 90s, 5m or 1h30m, found \"2\"; "
            + "add a unit, like 2s, 2m or 2h")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "exponential(mean: 2m)", with: "expo(mean: 2m)  # typo"))
            == "x.yaml:14:15: service.handleTime: expected a distribution name (exponential, lognormal, gamma, weibull, "
            + "erlang, uniform, triangular, constant, empirical), found \"expo\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "exponential(mean: 2m)", with: "\"lognormal(mean: 90s)\""))
            == "x.yaml:14:15: service.handleTime: expected a value for sd, like lognormal(mean: 90s, sd: 60s), "
            + "found \"lognormal(mean: 90s)\"")
    }

    @Test func badPatience() {
        let text = Fixtures.validYAML + "\nvisitors:\n  patience: forever"
        #expect(Fixtures.onlyIssue(text)
            == "x.yaml:16:13: visitors.patience: expected none or a distribution like exponential(mean: 1m), found \"forever\"")
    }

    @Test func unknownServiceModeListsTheModes() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "mode: simple", with: "mode: fancy"))
            == "x.yaml:13:9: service.mode: expected a service mode (simple, conversation), found \"fancy\"")
    }

    @Test func arrivalsNeedExactlyOneOfRateAndProfile() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "{ rate: 120/h }", with: "{ rate: 120/h, profile: [{at: 0h, rate: 1/h}] }"))
            == "x.yaml:6:15: buttons[0].arrivals: expected either rate or profile, found both")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "{ rate: 120/h }", with: "{}"))
            == "x.yaml:6:15: buttons[0].arrivals: missing required key \"rate\" or \"profile\"; "
            + "expected {rate: 120/h} or {profile: [{at: 0h, rate: 120/h}, …]}")
    }

    @Test func buttonWhoseSkillNoAgentHas() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    skill: support", with: "    skill: sales"))
            == "x.yaml:5:12: buttons[0].skill: no agent has skill \"sales\", so no chat from this button could ever be answered")
    }

    @Test func scenarioProblemsAreLocatedAtTheirField() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "capacity: 2", with: "capacity: 0"))
            == "x.yaml:11:15: agents[0].capacity: expected a whole number of chats from 1 to 5000, found 0")
        let profile = "{ profile: [{at: 1h, rate: 1/h}, {at: 1h, rate: 2/h}] }"
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "{ rate: 120/h }", with: profile))
            == "x.yaml:6:53: buttons[0].arrivals.profile[1].at: profile times must increase strictly; found 1h after 1h")
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "    count: 3", with: "    count: 3: 4"))
            == "x.yaml:9:13: YAML syntax error: mapping values are not allowed in this context")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "[support]", with: "[support"))
            == "x.yaml:11:13: YAML syntax error: did not find expected ',' or ']' "
            + "(while parsing a flow sequence at line 10, column 13)")
    }

    @Test func invalidCharacterIsLocated() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "name: small", with: "name: sm\u{1}all"))
            == "x.yaml:1:9: YAML syntax error: control characters are not allowed")
    }

    @Test func syntaxErrorColumnsAreThoseOfTheOriginalText() {
        // The pre-pass quotes the call, shifting the stray bracket two columns right for libyaml.
        let text = Fixtures.yaml(replacing: "exponential(mean: 2m)", with: "[exponential(mean: 2m)]]")
        #expect(Fixtures.onlyIssue(text)?.hasPrefix("x.yaml:14:38: YAML syntax error: did not find expected key") == true)
    }

    @Test func emptyFileAndWrongRoot() {
        let expected = "a mapping with the keys name, horizon, buttons, agents and service"
        #expect(Fixtures.onlyIssue("# nothing yet\n") == "x.yaml: expected \(expected), found nothing")
        #expect(Fixtures.onlyIssue("- name: x") == "x.yaml:1:1: expected \(expected), found a list")
    }

    @Test func allIssuesOfAFileAreReportedTogetherInFileOrder() {
        let text = Fixtures.yaml(replacing: "horizon: 8h", with: "horizon: 8")
            .replacingOccurrences(of: "    count: 3", with: "    count: three")
            .replacingOccurrences(of: "  mode: simple", with: "  mode: simple\n  handleTim: constant(1s)")
        let error = Fixtures.error(in: text)
        let issues = error?.issues ?? []
        #expect(issues.map(\.path) == ["horizon", "agents[0].count", "service.handleTim"])
        #expect(issues.map(\.line) == [2, 9, 14])
        #expect(error?.description == issues.map(\.description).joined(separator: "\n"))
        #expect(issues.last?.message == "unknown key \"handleTim\"; did you mean \"handleTime\"?")
    }

    @Test func unreadableFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-scenario-\(UUID()).yaml")
        #expect { try ScenarioLoader.load(contentsOf: url) } throws: { error in
            (error as? ScenarioFileError)?.description == "\(url.relativePath): cannot read the file: no such file"
        }
    }

    @Test func directoryIsNotAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-dir-\(UUID()).yaml")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try ScenarioLoader.load(contentsOf: url) } throws: { error in
            (error as? ScenarioFileError)?.description == "\(url.relativePath): cannot read the file: it is a directory"
        }
    }

    @Test func unsupportedExtension() {
        #expect { try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: "scenario.txt")) } throws: { error in
            (error as? ScenarioFileError)?.description
                == "scenario.txt: expected a file name ending in .yaml, .yml or .json, found \".txt\""
        }
    }
}
