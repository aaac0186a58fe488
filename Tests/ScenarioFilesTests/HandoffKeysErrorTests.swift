import Testing
import ScenarioFiles

/// Mistakes in `agents[].transfers`, `agents[].conferences` and `agents[].blockProbability` are
/// reported like every other: file, line, column, field path, what was expected and what was found.
struct HandoffKeysErrorTests {
    /// `Fixtures.validYAML` whose group (`tier1`, skill `support`) transfers chats: `lines` make up
    /// the `transfers` mapping, one per line from line 13, indented by six spaces.
    private func transfers(_ lines: String...) -> String {
        Fixtures.yaml(agents: "    transfers:\n" + lines.map { "      \($0)\n" }.joined())
    }

    /// Like ``transfers(_:)``, for `conferences`.
    private func conferences(_ lines: String...) -> String {
        Fixtures.yaml(agents: "    conferences:\n" + lines.map { "      \($0)\n" }.joined())
    }

    private let probability = "probability: 10%"
    private let after = "after: exponential(mean: 3m)"
    private let stay = "stay: exponential(mean: 3m)"

    @Test func targetWithoutGroupSkillOrButtonIsLocatedAtTheTarget() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1}, {weight: 2}]"))
            == "x.yaml:15:28: agents[0].transfers.to[1]: missing required key \"group\", \"skill\" or \"button\"; "
            + "expected a target like {group: tier2}, {skill: billing} or {button: billing}")
    }

    @Test func targetWithMoreThanOneOfGroupSkillAndButtonIsLocatedAtTheTarget() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1, skill: support}]"))
            == "x.yaml:15:12: agents[0].transfers.to[0]: expected one of group, skill or button, "
            + "found both group and skill")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: [{button: support, skill: support}]", stay))
            == "x.yaml:15:12: agents[0].conferences.to[0]: expected one of group, skill or button, "
            + "found both skill and button")
        let blockTarget = transfers(
            probability, after, "to:", "  - {skill: support}", "  - group: tier1", "    skill: support",
            "    button: support")
        #expect(Fixtures.onlyIssue(blockTarget)
            == "x.yaml:17:11: agents[0].transfers.to[1]: expected one of group, skill or button, "
            + "found group, skill and button")
    }

    @Test func misspelledTargetKeyIsReportedWithASuggestion() {
        #expect(Fixtures.issues(in: transfers(probability, after, "to: [{grop: tier1}]")).map(\.description) == [
            "x.yaml:15:12: agents[0].transfers.to[0]: missing required key \"group\", \"skill\" or \"button\"; "
                + "expected a target like {group: tier2}, {skill: billing} or {button: billing}",
            "x.yaml:15:13: agents[0].transfers.to[0].grop: unknown key \"grop\"; did you mean \"group\"?",
        ])
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1, wieght: 2}]"))
            == "x.yaml:15:27: agents[0].transfers.to[0].wieght: unknown key \"wieght\"; did you mean \"weight\"?")
    }

    @Test func targetNamesAreText() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: [tier1]}]"))
            == "x.yaml:15:20: agents[0].transfers.to[0].group: expected an agent group name, found a list")
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{skill: }]"))
            == "x.yaml:15:20: agents[0].transfers.to[0].skill: expected a skill name, found nothing")
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{button: {id: support}}]"))
            == "x.yaml:15:21: agents[0].transfers.to[0].button: expected a button id, found a mapping")
    }

    @Test(arguments: ["0", "0.0", "-1", "two", "none", "50%", "1e3"])
    func weightIsANumberAboveZero(text: String) {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1, weight: \(text)}]"))
            == "x.yaml:15:35: agents[0].transfers.to[0].weight: expected a weight > 0, like 2 or 0.5, "
            + "found \"\(text)\"")
    }

    @Test func toIsAListOfTargets() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: tier1"))
            == "x.yaml:15:11: agents[0].transfers.to: expected a list of targets like "
            + "[{group: tier2, weight: 2}, {skill: billing}], found \"tier1\"")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: {skill: support}", stay))
            == "x.yaml:15:11: agents[0].conferences.to: expected a list of targets like "
            + "[{group: tier2, weight: 2}, {skill: billing}], found a mapping")
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [tier1]"))
            == "x.yaml:15:12: agents[0].transfers.to[0]: expected a target like {group: tier2}, {skill: billing} "
            + "or {button: billing}, found \"tier1\"")
    }

    @Test func requiredKeysAreReportedAtTheirMapping() {
        let onlyProbability = Fixtures.yaml(agents: "    transfers: {probability: 10%}\n")
        #expect(Fixtures.issues(in: onlyProbability).map(\.description) == [
            "x.yaml:12:16: agents[0].transfers.after: missing required key \"after\"; "
                + "expected a distribution like exponential(mean: 2m)",
            "x.yaml:12:16: agents[0].transfers.to: missing required key \"to\"; "
                + "expected a list of targets like [{group: tier2, weight: 2}, {skill: billing}]",
        ])
        #expect(Fixtures.onlyIssue(conferences(after, "to: [{skill: support}]", stay))
            == "x.yaml:13:7: agents[0].conferences.probability: missing required key \"probability\"; "
            + "expected a probability from 0 to 1 or a percentage from 0% to 100%")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: [{skill: support}]"))
            == "x.yaml:13:7: agents[0].conferences.stay: missing required key \"stay\"; "
            + "expected a distribution like exponential(mean: 2m)")
    }

    @Test func transfersAndConferencesAreNoneOrAMapping() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    transfers: yes\n"))
            == "x.yaml:12:16: agents[0].transfers: expected none or transfers like "
            + "{probability: 10%, after: exponential(mean: 3m), to: [{group: tier2}]}, found \"yes\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    conferences: []\n"))
            == "x.yaml:12:18: agents[0].conferences: expected none or conferences like "
            + "{probability: 5%, after: exponential(mean: 2m), to: [{skill: billing}], stay: exponential(mean: 3m)}, "
            + "found a list")
    }

    @Test func probabilitiesAreFrom0To1() {
        #expect(Fixtures.onlyIssue(transfers("probability: 150%", after, "to: [{group: tier1}]"))
            == "x.yaml:13:20: agents[0].transfers.probability: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"150%\"")
        #expect(Fixtures.onlyIssue(conferences("probability: often", after, "to: [{group: tier1}]", stay))
            == "x.yaml:13:20: agents[0].conferences.probability: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"often\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    blockProbability: 2\n"))
            == "x.yaml:12:23: agents[0].blockProbability: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"2\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    blockProbability: none\n"))
            == "x.yaml:12:23: agents[0].blockProbability: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"none\"")
    }

    @Test func afterAndStayAreDistributions() {
        #expect(Fixtures.onlyIssue(transfers(probability, "after: 3m", "to: [{group: tier1}]"))
            == "x.yaml:14:14: agents[0].transfers.after: expected a distribution like exponential(mean: 2m), "
            + "found \"3m\"; for a fixed time, write constant(3m)")
        #expect(Fixtures.onlyIssue(transfers(probability, "after: none", "to: [{group: tier1}]"))
            == "x.yaml:14:14: agents[0].transfers.after: expected a distribution like exponential(mean: 2m), "
            + "found \"none\"")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: [{group: tier1}]", "stay: lognormal(mean: 3m)"))
            == "x.yaml:16:31: agents[0].conferences.stay: expected a value for sd, like lognormal(mean: 90s, sd: 60s), "
            + "found \"lognormal(mean: 3m)\"")
    }

    @Test func timeoutIsNoneOrADuration() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1}]", "timeout: never"))
            == "x.yaml:16:16: agents[0].transfers.timeout: expected none or a duration like 90s, 5m or 1h30m, "
            + "found \"never\"")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: [{group: tier1}]", "timeout: 30", stay))
            == "x.yaml:16:16: agents[0].conferences.timeout: expected a duration like 90s, 5m or 1h30m, found \"30\"; "
            + "add a unit, like 30s, 30m or 30h")
    }

    @Test(arguments: ["-1", "1.5", "once", "none"])
    func retriesIsAWholeNumberFrom0(text: String) {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1}]", "retries: \(text)"))
            == "x.yaml:16:16: agents[0].transfers.retries: expected a whole number of retries ≥ 0, found \"\(text)\"")
    }

    @Test func unknownKeysGetSuggestions() {
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1}]", "retrys: 1"))
            == "x.yaml:16:7: agents[0].transfers.retrys: unknown key \"retrys\"; did you mean \"retries\"?")
        #expect(Fixtures.onlyIssue(transfers(probability, after, "to: [{group: tier1}]", "stay: constant(1m)"))
            == "x.yaml:16:7: agents[0].transfers.stay: unknown key \"stay\"; "
            + "expected one of probability, after, to, timeout, retries")
        #expect(Fixtures.onlyIssue(conferences(probability, after, "to: [{group: tier1}]", "timout: 30s", stay))
            == "x.yaml:16:7: agents[0].conferences.timout: unknown key \"timout\"; did you mean \"timeout\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    blockProbabilty: 1%\n"))
            == "x.yaml:12:5: agents[0].blockProbabilty: unknown key \"blockProbabilty\"; "
            + "did you mean \"blockProbability\"?")
    }

    @Test func errorsInJSONAreLocatedToo() {
        let json = """
            {"name": "j", "horizon": "1h",
             "buttons": [{"id": "b", "skill": "s", "arrivals": {"rate": "1/m"}}],
             "agents": [{"group": "g", "count": 1, "skills": ["s"], "blockProbability": 1.5,
                         "transfers": {"probability": "5%", "after": "constant(1m)",
                                       "to": [{"group": "g", "button": "b"}, {"skill": "s", "weight": -2}]}}],
             "service": {"mode": "simple", "handleTime": "constant(1s)"}}
            """
        #expect(Fixtures.issues(in: json, format: .json).map(\.description) == [
            "x.json:3:77: agents[0].blockProbability: expected a probability from 0 to 1 or a percentage "
                + "from 0% to 100%, found \"1.5\"",
            "x.json:5:35: agents[0].transfers.to[0]: expected one of group, skill or button, "
                + "found both group and button",
            "x.json:5:91: agents[0].transfers.to[1].weight: expected a weight > 0, like 2 or 0.5, found \"-2\"",
        ])
    }
}
