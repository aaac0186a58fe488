import ContactCenter
import Testing
import ScenarioFiles

/// The top-level `records` and `startDate` keys decode to the scenario's record selection and
/// first simulated day, in YAML and in JSON, with the model's defaults when left out; mistakes in
/// them are reported at their field, with what was expected; and a sample probability of 0 or a
/// day that does not exist is caught by the scenario's own checks, whatever built the scenario.
struct RecordSelectionKeysTests {
    private func load(_ text: String, format: ScenarioFormat = .yaml) throws -> Scenario {
        try ScenarioLoader.parse(text, fileName: format == .yaml ? "x.yaml" : "x.json", format: format)
    }

    /// `Fixtures.validYAML` with `lines` added at its end, from line 15.
    private func yaml(_ lines: String) -> String {
        Fixtures.validYAML + "\n" + lines
    }

    /// A small JSON scenario with `keys` (a comma-separated list of top-level entries) on line 2.
    private func json(_ keys: String) -> String {
        """
        {"name": "j", "horizon": "1h",
         \(keys),
         "buttons": [{"id": "b", "skill": "s", "arrivals": {"rate": "1/m"}}],
         "agents": [{"group": "g", "count": 1, "skills": ["s"]}],
         "service": {"mode": "simple", "handleTime": "constant(1s)"}}
        """
    }

    // MARK: Decoding

    @Test func omittedKeysTakeTheModelDefaults() throws {
        let scenario = try load(Fixtures.validYAML)
        #expect(scenario.records == .all)
        #expect(scenario.startDate == Scenario.CalendarDate(year: 2026, month: 1, day: 5))
        let json = try load(json(#""seed": 1"#), format: .json)
        #expect(json.records == .all)
        #expect(json.startDate == Scenario.CalendarDate(year: 2026, month: 1, day: 5))
    }

    @Test(arguments: [
        ("none", Scenario.RecordSelection.none), ("\"none\"", .none), ("'none'", .none),
        ("all", .all), ("\"all\"", .all),
        ("{sample: 1%}", .sample(0.01)), ("{sample: 0.01}", .sample(0.01)), ("{ sample: \"5%\" }", .sample(0.05)),
        ("\n  sample: 100%", .sample(1)), ("{sample: 1}", .sample(1)), ("{sample: 0.5%}", .sample(0.005)),
    ])
    func recordsIsReadFromYAML(text: String, selection: Scenario.RecordSelection) throws {
        #expect(try load(yaml("records: \(text)")).records == selection)
    }

    @Test(arguments: [
        (#""none""#, Scenario.RecordSelection.none), (#""all""#, .all),
        (#"{"sample": "1%"}"#, .sample(0.01)), (#"{"sample": 0.01}"#, .sample(0.01)), (#"{"sample": "0.25"}"#, .sample(0.25)),
    ])
    func recordsIsReadFromJSON(text: String, selection: Scenario.RecordSelection) throws {
        #expect(try load(json(#""records": \#(text)"#), format: .json).records == selection)
    }

    /// YAML would take an unquoted `2026-01-05` for a timestamp; it reads like the quoted one.
    @Test(arguments: ["2026-01-05", "\"2026-01-05\"", "'2026-01-05'"])
    func startDateIsReadFromYAMLQuotedOrNot(text: String) throws {
        #expect(try load(yaml("startDate: \(text)")).startDate == Scenario.CalendarDate(year: 2026, month: 1, day: 5))
    }

    @Test func startDateIsReadFromJSON() throws {
        let scenario = try load(json(#""startDate": "2024-02-29""#), format: .json)
        #expect(scenario.startDate == Scenario.CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func bothKeysTogether() throws {
        let scenario = try load(yaml("records: {sample: 2%}\nstartDate: 1999-12-31"))
        #expect(scenario.records == .sample(0.02))
        #expect(scenario.startDate == Scenario.CalendarDate(year: 1999, month: 12, day: 31))
        #expect(scenario.startDate.description == "1999-12-31")
    }

    // MARK: Located decoding errors

    @Test func recordsIsNoneAllOrASample() {
        let expected = "expected none, all or a sample like {sample: 1%}"
        #expect(Fixtures.onlyIssue(yaml("records: every"))
            == "x.yaml:15:10: records: \(expected), found \"every\"")
        #expect(Fixtures.onlyIssue(yaml("records: nnoe"))
            == "x.yaml:15:10: records: \(expected), found \"nnoe\"; did you mean \"none\"?")
        #expect(Fixtures.onlyIssue(yaml("records: All"))
            == "x.yaml:15:10: records: \(expected), found \"All\"; did you mean \"all\"?")
        #expect(Fixtures.onlyIssue(yaml("records: sample"))
            == "x.yaml:15:10: records: \(expected), found \"sample\"; did you mean {sample: 1%}?")
        #expect(Fixtures.onlyIssue(yaml("records: 1%"))
            == "x.yaml:15:10: records: \(expected), found \"1%\"")
        #expect(Fixtures.onlyIssue(yaml("records: [all]"))
            == "x.yaml:15:10: records: \(expected), found a list")
        #expect(Fixtures.onlyIssue(yaml("records:"))
            == "x.yaml:15:9: records: \(expected), found nothing")
    }

    @Test func sampleIsAProbability() {
        let expected = "expected a probability from 0 to 1 or a percentage from 0% to 100%"
        for text in ["150%", "1.5", "-1%", "few"] {
            #expect(Fixtures.onlyIssue(yaml("records: {sample: \(text)}"))
                == "x.yaml:15:19: records.sample: \(expected), found \"\(text)\"")
        }
        #expect(Fixtures.onlyIssue(yaml("records: {}"))
            == "x.yaml:15:10: records.sample: missing required key \"sample\"; \(expected)")
        #expect(Fixtures.onlyIssue(yaml("records: {sample: 1%, rate: 2%}"))
            == "x.yaml:15:23: records.rate: unknown key \"rate\"; expected one of sample")
        #expect(Fixtures.issues(in: yaml("records: {smaple: 1%}")).map(\.description) == [
            "x.yaml:15:10: records.sample: missing required key \"sample\"; \(expected)",
            "x.yaml:15:11: records.smaple: unknown key \"smaple\"; did you mean \"sample\"?",
        ])
    }

    @Test(arguments: [
        "2026-13-01", "2026-00-10", "2026-01-32", "2026-02-29", "2023-02-29", "2100-02-29", "0000-01-01",
        "05/01/2026", "2026-1-5", "26-01-05", "20260105", "2026-01-05T09:00:00Z", "2026-01-05 09:00",
        "2026-01", "2026–01–05", "+2026-01-05", "２０２６-01-05", "january",
    ])
    func malformedOrMissingDaysAreRejected(text: String) {
        #expect(Fixtures.onlyIssue(yaml("startDate: \(text)"))
            == "x.yaml:15:12: startDate: expected a date like 2026-01-05, found \"\(text)\"")
        #expect(Fixtures.onlyIssue(yaml("startDate: \"\(text)\""))
            == "x.yaml:15:12: startDate: expected a date like 2026-01-05, found \"\(text)\"")
    }

    @Test func startDateIsAScalar() {
        #expect(Fixtures.onlyIssue(yaml("startDate: {year: 2026, month: 1, day: 5}"))
            == "x.yaml:15:12: startDate: expected a date like 2026-01-05, found a mapping")
        #expect(Fixtures.onlyIssue(yaml("startDate:"))
            == "x.yaml:15:11: startDate: expected a date like 2026-01-05, found nothing")
    }

    @Test func misspelledKeysGetSuggestions() {
        #expect(Fixtures.onlyIssue(yaml("record: none"))
            == "x.yaml:15:1: record: unknown key \"record\"; did you mean \"records\"?")
        #expect(Fixtures.onlyIssue(yaml("startdate: 2026-01-05"))
            == "x.yaml:15:1: startdate: unknown key \"startdate\"; did you mean \"startDate\"?")
    }

    @Test func errorsInJSONAreLocatedToo() {
        let text = json(#""records": {"sample": "2"}, "startDate": "05/01/2026""#)
        #expect(Fixtures.issues(in: text, format: .json).map(\.description) == [
            "x.json:2:24: records.sample: expected a probability from 0 to 1 or a percentage from 0% to 100%, "
                + "found \"2\"",
            "x.json:2:43: startDate: expected a date like 2026-01-05, found \"05/01/2026\"",
        ])
        #expect(Fixtures.onlyIssue(json(#""records": "sample""#), format: .json)
            == "x.json:2:13: records: expected none, all or a sample like {sample: 1%}, found \"sample\"; "
            + "did you mean {sample: 1%}?")
    }

    // MARK: Semantic checks

    /// A sample of no chat is written `none`; the scenario's checks report it at `records.sample`.
    @Test func aSampleOfNothingIsReportedAtItsField() {
        for text in ["0", "0%", "0.0"] {
            #expect(Fixtures.onlyIssue(yaml("records: {sample: \(text)}"))
                == "x.yaml:15:19: records.sample: expected a probability > 0 and ≤ 1 (like 1%), found 0.0")
        }
        #expect(Fixtures.onlyIssue(yaml("records:\n  sample: 0%"))
            == "x.yaml:16:11: records.sample: expected a probability > 0 and ≤ 1 (like 1%), found 0.0")
        #expect(Fixtures.onlyIssue(json(#""records": {"sample": 0}"#), format: .json)
            == "x.json:2:24: records.sample: expected a probability > 0 and ≤ 1 (like 1%), found 0.0")
    }

    /// The values a file cannot even spell are caught too, for scenarios built in code.
    @Test func problemsCatchWhatAFileCannotSpell() throws {
        var scenario = try load(Fixtures.validYAML)
        #expect(scenario.problems().isEmpty)
        for probability in [0, -0.5, 1.000_001, 2, .infinity, .nan] {
            scenario.records = .sample(probability)
            #expect(scenario.problems().map(\.description) == [
                "records.sample: expected a probability > 0 and ≤ 1 (like 1%), found \(probability)"
            ])
        }
        for selection in [Scenario.RecordSelection.none, .all, .sample(1), .sample(1e-9)] {
            scenario.records = selection
            #expect(scenario.problems().isEmpty, "\(selection)")
        }
        for (year, month, day) in [(2023, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 1, 0), (0, 1, 1), (10_000, 1, 1)] {
            scenario.startDate = Scenario.CalendarDate(year: year, month: month, day: day)
            #expect(scenario.problems().map(\.description) == [
                "startDate: expected a day that exists in the calendar (years 1–9999), found \(scenario.startDate)"
            ])
        }
        scenario.startDate = Scenario.CalendarDate(year: 2024, month: 2, day: 29)
        #expect(scenario.problems().isEmpty)
    }

    /// Problems come in field order: `records` and `startDate` right after `serviceLevelTarget`.
    @Test func problemsComeInFieldOrder() throws {
        var scenario = try load(Fixtures.validYAML)
        scenario.serviceLevelTarget = 2
        scenario.records = .sample(0)
        scenario.startDate = Scenario.CalendarDate(year: 2023, month: 2, day: 29)
        scenario.visitors.blockedShare = 2
        #expect(scenario.problems().map(\.path)
            == ["serviceLevelTarget", "records.sample", "startDate", "visitors.blockedShare"])
    }
}
