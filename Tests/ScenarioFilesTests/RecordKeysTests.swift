import ContactCenter
import Testing
import ScenarioFiles

/// `buttons[].attachedRecords` and `agents[].recordAccess` decode to the button and agent group
/// they describe, in YAML and in JSON, with the model's defaults when left out; mistakes in them
/// are reported at their field, with what was expected and, for unknown types, the known ones.
struct RecordKeysTests {
    private func load(_ text: String, format: ScenarioFormat = .yaml) throws -> Scenario {
        try ScenarioLoader.parse(text, fileName: format == .yaml ? "x.yaml" : "x.json", format: format)
    }

    // MARK: Decoding

    /// What both `everyKeyYAML` and `everyKeyJSON` describe: a button without records, groups
    /// that see every type (`all`, or the key left out), some types, and none.
    static let everyKey = Scenario(
        name: "records", seed: 1, horizon: 8 * 3600, warmup: 0, replications: 1, interval: 1800,
        serviceLevelThreshold: 20,
        buttons: [
            Scenario.Button(
                id: "support", skill: "support", arrivals: .init(constant: 120.0 / 3600),
                attachedRecords: ["Case", "Contact"]),
            Scenario.Button(
                id: "billing", skill: "billing", arrivals: .init(constant: 30.0 / 3600),
                attachedRecords: ["Case", "Invoice"]),
            Scenario.Button(id: "sales", skill: "support", arrivals: .init(constant: 10.0 / 3600)),
        ],
        agentGroups: [
            Scenario.AgentGroup(name: "tier1", count: 5, skills: ["support"], capacity: 1, recordAccess: nil),
            Scenario.AgentGroup(
                name: "desk", count: 2, skills: ["billing"], capacity: 1, recordAccess: ["Invoice", "Case"]),
            Scenario.AgentGroup(name: "trainees", count: 1, skills: ["support"], capacity: 1, recordAccess: []),
            Scenario.AgentGroup(name: "tier2", count: 1, skills: ["support", "billing"], capacity: 1),
        ],
        visitors: Scenario.Visitors(patience: nil), service: .simple(handleTime: .exponential(mean: 120)))

    static let everyKeyYAML = """
        name: records
        horizon: 8h
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 120/h }
            attachedRecords:
              - Case
              - Contact
          - id: billing
            skill: billing
            arrivals: { rate: 30/h }
            attachedRecords: [Case, "Invoice"]
          - id: sales
            skill: support
            arrivals: { rate: 10/h }
        agents:
          - group: tier1
            count: 5
            skills: [support]
            recordAccess: all
          - group: desk
            count: 2
            skills: [billing]
            recordAccess: [Invoice, Case]
          - group: trainees
            count: 1
            skills: [support]
            recordAccess: []
          - group: tier2
            count: 1
            skills: [support, billing]
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    static let everyKeyJSON = """
        {
          "name": "records", "horizon": "8h",
          "buttons": [
            {"id": "support", "skill": "support", "arrivals": {"rate": "120/h"}, "attachedRecords": ["Case", "Contact"]},
            {"id": "billing", "skill": "billing", "arrivals": {"rate": "30/h"}, "attachedRecords": ["Case", "Invoice"]},
            {"id": "sales", "skill": "support", "arrivals": {"rate": "10/h"}}
          ],
          "agents": [
            {"group": "tier1", "count": 5, "skills": ["support"], "recordAccess": "all"},
            {"group": "desk", "count": 2, "skills": ["billing"], "recordAccess": ["Invoice", "Case"]},
            {"group": "trainees", "count": 1, "skills": ["support"], "recordAccess": []},
            {"group": "tier2", "count": 1, "skills": ["support", "billing"]}
          ],
          "service": {"mode": "simple", "handleTime": "exponential(mean: 2m)"}
        }
        """

    @Test func bothKeysAreReadFromYAML() throws {
        #expect(try load(Self.everyKeyYAML) == Self.everyKey)
    }

    @Test func bothKeysAreReadFromJSON() throws {
        #expect(try load(Self.everyKeyJSON, format: .json) == Self.everyKey)
    }

    @Test func omittedKeysTakeTheModelDefaults() throws {
        let scenario = try load(Fixtures.validYAML)
        #expect(scenario.buttons[0].attachedRecords == [])
        #expect(scenario.agentGroups[0].recordAccess == nil)
    }

    @Test func allMeansEveryTypeAndAnEmptyListNone() throws {
        let button = "    attachedRecords: [Case]\n"
        for text in ["all", "\"all\"", "'all'"] {
            let scenario = try load(Fixtures.yaml(button: button, agents: "    recordAccess: \(text)\n"))
            #expect(scenario.agentGroups[0].recordAccess == nil, "\(text)")
        }
        let none = try load(Fixtures.yaml(button: button, agents: "    recordAccess: []\n"))
        #expect(none.agentGroups[0].recordAccess == [])
        let some = try load(Fixtures.yaml(button: button, agents: "    recordAccess: [Case]\n"))
        #expect(some.agentGroups[0].recordAccess == ["Case"])
    }

    // MARK: Located decoding errors

    @Test func attachedRecordsIsAList() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: Case\n"))
            == "x.yaml:7:22: buttons[0].attachedRecords: expected a list of record types like [Case, Contact], "
            + "found \"Case\"")
        // `all` and `none` are for recordAccess and optional values; a button's list has neither.
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: all\n"))
            == "x.yaml:7:22: buttons[0].attachedRecords: expected a list of record types like [Case, Contact], "
            + "found \"all\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: none\n"))
            == "x.yaml:7:22: buttons[0].attachedRecords: expected a list of record types like [Case, Contact], "
            + "found \"none\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: {Case: 1}\n"))
            == "x.yaml:7:22: buttons[0].attachedRecords: expected a list of record types like [Case, Contact], "
            + "found a mapping")
    }

    @Test func recordAccessIsAllOrAList() {
        let button = "    attachedRecords: [Case]\n"
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: button, agents: "    recordAccess: Case\n"))
            == "x.yaml:13:19: agents[0].recordAccess: expected all or a list of record types like [Case, Contact], "
            + "found \"Case\"")
        // `none` would be ambiguous (no restriction, or no record?): `all` or `[]` say which.
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: button, agents: "    recordAccess: none\n"))
            == "x.yaml:13:19: agents[0].recordAccess: expected all or a list of record types like [Case, Contact], "
            + "found \"none\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: button, agents: "    recordAccess:\n"))
            == "x.yaml:13:18: agents[0].recordAccess: expected all or a list of record types like [Case, Contact], "
            + "found nothing")
    }

    @Test func recordTypesAreText() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: [Case, [Contact]]\n"))
            == "x.yaml:7:29: buttons[0].attachedRecords[1]: expected a record type, found a list")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecords: [Case, ~]\n"))
            == "x.yaml:7:29: buttons[0].attachedRecords[1]: expected a record type, found nothing")
        let access = Fixtures.yaml(
            button: "    attachedRecords: [Case]\n", agents: "    recordAccess:\n      - {type: Case}\n")
        #expect(Fixtures.onlyIssue(access)
            == "x.yaml:14:9: agents[0].recordAccess[0]: expected a record type, found a mapping")
    }

    @Test func misspelledKeysGetSuggestions() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    attachedRecord: [Case]\n"))
            == "x.yaml:7:5: buttons[0].attachedRecord: unknown key \"attachedRecord\"; did you mean \"attachedRecords\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    recordAcess: all\n"))
            == "x.yaml:12:5: agents[0].recordAcess: unknown key \"recordAcess\"; did you mean \"recordAccess\"?")
    }

    @Test func errorsInJSONAreLocatedToo() {
        let json = """
            {"name": "j", "horizon": "1h",
             "buttons": [{"id": "b", "skill": "s", "arrivals": {"rate": "1/m"}, "attachedRecords": "Case"}],
             "agents": [{"group": "g", "count": 1, "skills": ["s"], "recordAccess": ["Case", 7, null]}],
             "service": {"mode": "simple", "handleTime": "constant(1s)"}}
            """
        #expect(Fixtures.issues(in: json, format: .json).map(\.description) == [
            "x.json:2:88: buttons[0].attachedRecords: expected a list of record types like [Case, Contact], "
                + "found \"Case\"",
            "x.json:3:85: agents[0].recordAccess[2]: expected a record type, found nothing",
        ])
    }

    // MARK: Semantic checks

    /// Buttons `support` and `billing`, attaching `support` and `billing` (lines 7 and 11), and groups
    /// `tier1` and `desk`, the latter with `recordAccess: <desk>` (line 19).
    private func scenario(
        support: String = "[Case, Contact]", billing: String = "[Case, Invoice]", desk: String = "[Case, Invoice]"
    ) -> String {
        """
        name: records
        horizon: 8h
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 120/h }
            attachedRecords: \(support)
          - id: billing
            skill: billing
            arrivals: { rate: 30/h }
            attachedRecords: \(billing)
        agents:
          - group: tier1
            count: 3
            skills: [support]
          - group: desk
            count: 2
            skills: [billing]
            recordAccess: \(desk)
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """
    }

    @Test func theFixtureIsValid() throws {
        // `Case` attached by both buttons is no duplicate: names repeat only within one list.
        #expect(Fixtures.issues(in: scenario()).isEmpty)
        #expect(try load(scenario()).agentGroups[1].recordAccess == ["Case", "Invoice"])
        #expect(Fixtures.issues(in: scenario(desk: "[Contact]")).isEmpty)
        #expect(Fixtures.issues(in: scenario(support: "[]", billing: "[]", desk: "[]")).isEmpty)
    }

    @Test func recordTypesAreNonEmpty() {
        #expect(Fixtures.onlyIssue(scenario(support: "[Case, \"\"]"))
            == "x.yaml:7:29: buttons[0].attachedRecords[1]: expected a non-empty record type")
        #expect(Fixtures.onlyIssue(scenario(desk: "['', Case]"))
            == "x.yaml:19:20: agents[1].recordAccess[0]: expected a non-empty record type")
    }

    @Test func recordTypesAreListedOnce() {
        #expect(Fixtures.onlyIssue(scenario(billing: "[Case, Invoice, Case]"))
            == "x.yaml:11:38: buttons[1].attachedRecords[2]: duplicate record type \"Case\"; each type is listed once")
        #expect(Fixtures.onlyIssue(scenario(desk: "[Invoice, Invoice]"))
            == "x.yaml:19:29: agents[1].recordAccess[1]: duplicate record type \"Invoice\"; each type is listed once")
    }

    @Test func recordAccessNamesTypesSomeButtonAttaches() {
        #expect(Fixtures.issues(in: scenario(desk: "[Case, Order, Invoice, Refund]")).map(\.description) == [
            "x.yaml:19:26: agents[1].recordAccess[1]: expected a record type some button attaches "
                + "(Case, Contact, Invoice), found \"Order\"",
            "x.yaml:19:42: agents[1].recordAccess[3]: expected a record type some button attaches "
                + "(Case, Contact, Invoice), found \"Refund\"",
        ])
        // `all` is the keyword, not a type: in a list it is a type name like any other.
        #expect(Fixtures.onlyIssue(scenario(desk: "[all]"))
            == "x.yaml:19:20: agents[1].recordAccess[0]: expected a record type some button attaches "
            + "(Case, Contact, Invoice), found \"all\"")
        // Names are compared exactly.
        #expect(Fixtures.onlyIssue(scenario(desk: "[case]"))
            == "x.yaml:19:20: agents[1].recordAccess[0]: expected a record type some button attaches "
            + "(Case, Contact, Invoice), found \"case\"")
        #expect(Fixtures.onlyIssue(scenario(support: "[]", billing: "[]", desk: "[Case]"))
            == "x.yaml:19:20: agents[1].recordAccess[0]: expected a record type some button attaches, found \"Case\"")
    }

    @Test func problemsOfTheModelNameTheirListItem() {
        var scenario = Self.everyKey
        scenario.buttons[0].attachedRecords = ["Case", "", "Contact", "Contact"]
        scenario.agentGroups[2].recordAccess = ["Order", "Case", "Order"]
        #expect(scenario.problems() == [
            ScenarioProblem(path: "buttons[0].attachedRecords[1]", message: "expected a non-empty record type"),
            ScenarioProblem(
                path: "buttons[0].attachedRecords[3]",
                message: "duplicate record type \"Contact\"; each type is listed once"),
            ScenarioProblem(
                path: "agents[2].recordAccess[0]",
                message: "expected a record type some button attaches (Case, Contact, Invoice), found \"Order\""),
            ScenarioProblem(
                path: "agents[2].recordAccess[2]", message: "duplicate record type \"Order\"; each type is listed once"),
        ])
    }
}
