import Testing
import ScenarioFiles

/// Mistakes in the routing keys, `visitors.blockedShare` and `blocking` are reported like every
/// other: file, line, column, field path, what was expected and what was found.
struct RoutingKeysErrorTests {
    @Test func misspelledValueSuggestsTheClosestOne() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    routing: leastactive\n"))
            == "x.yaml:7:14: buttons[0].routing: expected a routing model (leastActive, mostAvailable, choice), "
            + "found \"leastactive\"; did you mean \"leastActive\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityModel: tabbased\n"))
            == "x.yaml:7:20: buttons[0].capacityModel: expected a capacity model (tabBased, statusBased), "
            + "found \"tabbased\"; did you mean \"tabBased\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    atShiftEnd: drian\n"))
            == "x.yaml:12:17: agents[0].atShiftEnd: expected an end-of-shift mode (drain, endChats), "
            + "found \"drian\"; did you mean \"drain\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "mode: simple", with: "mode: simpel"))
            == "x.yaml:13:9: service.mode: expected a service mode (simple, conversation), found \"simpel\"; did you mean \"simple\"?")
    }

    @Test func unknownValueListsTheAllowedOnes() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    routing: random\n"))
            == "x.yaml:7:14: buttons[0].routing: expected a routing model (leastActive, mostAvailable, choice), "
            + "found \"random\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    routing: [choice]\n"))
            == "x.yaml:7:14: buttons[0].routing: expected a routing model (leastActive, mostAvailable, choice), "
            + "found a list")
    }

    @Test func capacityWeightAndPercentageExcludeEachOther() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityWeight: 2\n    capacityPercentage: 40\n"))
            == "x.yaml:8:5: buttons[0].capacityPercentage: expected either capacityWeight or capacityPercentage, "
            + "found both")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityPercentage: 40\n    capacityWeight: 2\n"))
            == "x.yaml:8:5: buttons[0].capacityWeight: expected either capacityWeight or capacityPercentage, found both")
    }

    @Test(arguments: ["150%", "1.5", "-5%", "5 %", "5%%", ".5", "five", "none"])
    func probabilityOutsideZeroToOneIsRejected(text: String) {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    declineProbability: \(text)\n"))
            == "x.yaml:12:25: agents[0].declineProbability: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"\(text)\"")
    }

    @Test func blockedShareIsAProbability() {
        #expect(Fixtures.onlyIssue(Fixtures.validYAML + "\nvisitors:\n  blockedShare: 101%")
            == "x.yaml:16:17: visitors.blockedShare: expected a probability from 0 to 1 or a percentage "
            + "from 0% to 100%, found \"101%\"")
    }

    @Test func capacityPercentageIsAWholeNumberFrom1To100() {
        for text in ["0", "101", "40%", "12.5"] {
            #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityPercentage: \(text)\n"))
                == "x.yaml:7:25: buttons[0].capacityPercentage: expected a whole number from 1 to 100, found \"\(text)\"")
        }
    }

    @Test func skillLevelIsAWholeNumberFrom0To10() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "[support]", with: "[support, {name: billing, level: 11}]"))
            == "x.yaml:10:46: agents[0].skills[1].level: expected a skill level from 0 to 10, found \"11\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "skill: support", with: "skill: {name: support, level: -1}"))
            == "x.yaml:5:35: buttons[0].skill.level: expected a skill level from 0 to 10, found \"-1\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "skill: support", with: "skill: {name: support, level: 2.5}"))
            == "x.yaml:5:35: buttons[0].skill.level: expected a skill level from 0 to 10, found \"2.5\"")
    }

    @Test func skillMappingNeedsAName() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "skill: support", with: "skill: {levle: 3, name: support}"))
            == "x.yaml:5:13: buttons[0].skill.levle: unknown key \"levle\"; did you mean \"level\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(replacing: "[support]", with: "[support, {level: 3}]"))
            == "x.yaml:10:23: agents[0].skills[1].name: missing required key \"name\"; expected a skill name")
    }

    @Test func badBlockingRulesAreLocatedWithTheRuleParserMessage() {
        let text = Fixtures.validYAML + """

            blocking:
              - 203.0.113.7/24
              - example.com
              - {rule: 198.51.100.9 - 198.51.100.1, description: reversed}
              - {description: no rule}
              - [203.0.113.7]
              - {rule: 192.0.2.0/33}
            """
        #expect(Fixtures.issues(in: text).map(\.description) == [
            "x.yaml:16:5: blocking[0]: the address of CIDR block \"203.0.113.7/24\" has bits set after the prefix; "
                + "the block starts at 203.0.113.0",
            "x.yaml:17:5: blocking[1]: expected an IPv4 or IPv6 address, a range \"A - B\" or a CIDR block \"A/n\", "
                + "found \"example.com\"",
            "x.yaml:18:12: blocking[2].rule: the range 198.51.100.9 - 198.51.100.1 ends before it starts",
            "x.yaml:19:5: blocking[3].rule: missing required key \"rule\"; expected an address, a range or a CIDR "
                + "block, like 203.0.113.7, 198.51.100.0 - 198.51.100.255 or 192.0.2.0/24",
            "x.yaml:20:5: blocking[4]: expected an address, a range or a CIDR block, or {rule: …, description: …}, "
                + "found a list",
            "x.yaml:21:12: blocking[5].rule: expected a prefix length from 0 to 32 after \"/\", in \"192.0.2.0/33\"",
        ])
    }

    @Test func blockingIsAList() {
        #expect(Fixtures.onlyIssue(Fixtures.validYAML + "\nblocking: 203.0.113.7")
            == "x.yaml:15:11: blocking: expected a list of blocking rules, found \"203.0.113.7\"")
    }

    @Test func booleansAreOnlyTrueOrFalse() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    autoAccept: yes\n"))
            == "x.yaml:7:17: buttons[0].autoAccept: expected true or false, found \"yes\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    autoAway: {onDecline: 1}\n"))
            == "x.yaml:12:27: agents[0].autoAway.onDecline: expected true or false, found \"1\"")
    }

    @Test func noneIsOfferedWhereAValueIsOptional() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    pushTimeout: never\n"))
            == "x.yaml:7:18: buttons[0].pushTimeout: expected none or a duration like 90s, 5m or 1h30m, found \"never\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    rerouteAttempts: 0\n"))
            == "x.yaml:7:22: buttons[0].rerouteAttempts: expected none or a whole number of attempts ≥ 1, found \"0\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    queue: unlimited\n"))
            == "x.yaml:7:12: buttons[0].queue: expected none or a mapping like {overall: 20, perAgent: 2}, "
            + "found \"unlimited\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    acceptDelay: never\n"))
            == "x.yaml:12:18: agents[0].acceptDelay: expected none or a distribution like exponential(mean: 8s), "
            + "found \"never\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    wrapUp:\n"))
            == "x.yaml:12:12: agents[0].wrapUp: expected none or a distribution like lognormal(mean: 1m, sd: 30s), "
            + "found nothing")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    shift: always\n"))
            == "x.yaml:12:12: agents[0].shift: expected none or a shift like "
            + "{start: 0h, end: 8h, breaks: [{at: 2h, length: 15m}]}, found \"always\"")
    }

    @Test func attemptsAtAValueKeepTheirOwnMessage() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    pushTimeout: 30\n"))
            == "x.yaml:7:18: buttons[0].pushTimeout: expected a duration like 90s, 5m or 1h30m, found \"30\"; "
            + "add a unit, like 30s, 30m or 30h")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    acceptDelay: 8s\n"))
            == "x.yaml:12:18: agents[0].acceptDelay: expected a distribution like exponential(mean: 2m), found \"8s\"; "
            + "for a fixed time, write constant(8s)")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    wrapUp: lognormal(mean: 1m)\n"))
            == "x.yaml:12:31: agents[0].wrapUp: expected a value for sd, like lognormal(mean: 90s, sd: 60s), "
            + "found \"lognormal(mean: 1m)\"")
    }

    @Test func noneIsRejectedWhereAValueIsRequired() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityWeight: none\n"))
            == "x.yaml:7:21: buttons[0].capacityWeight: expected a whole number of capacity units ≥ 1, found \"none\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    autoAway: {backAfter: none}\n"))
            == "x.yaml:12:27: agents[0].autoAway.backAfter: expected a distribution like exponential(mean: 2m), "
            + "found \"none\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    shift: {start: none}\n"))
            == "x.yaml:12:20: agents[0].shift.start: expected a duration like 90s, 5m or 1h30m, found \"none\"")
    }

    @Test func impossibleCountsAreRejected() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    priority: -1\n"))
            == "x.yaml:7:15: buttons[0].priority: expected a whole number ≥ 0, found \"-1\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    capacityWeight: 0\n"))
            == "x.yaml:7:21: buttons[0].capacityWeight: expected a whole number of capacity units ≥ 1, found \"0\"")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    queue: {overall: 5, perAgent: -2}\n"))
            == "x.yaml:7:35: buttons[0].queue.perAgent: expected none or a whole number of chats ≥ 0, found \"-2\"")
    }

    @Test func shiftsAndBreaksNeedTheirTimes() {
        let shift = "    shift:\n      end: 8h\n      breaks:\n        - {at: 2h}\n        - {lenght: 15m, at: 4h}\n"
        #expect(Fixtures.issues(in: Fixtures.yaml(agents: shift)).map(\.description) == [
            "x.yaml:13:7: agents[0].shift.start: missing required key \"start\"; expected a duration like 90s, 5m or 1h30m",
            "x.yaml:15:11: agents[0].shift.breaks[0].length: missing required key \"length\"; "
                + "expected a duration like 90s, 5m or 1h30m",
            "x.yaml:16:11: agents[0].shift.breaks[1].length: missing required key \"length\"; "
                + "expected a duration like 90s, 5m or 1h30m",
            "x.yaml:16:12: agents[0].shift.breaks[1].lenght: unknown key \"lenght\"; did you mean \"length\"?",
        ])
    }

    @Test func unknownKeysInTheNewMappingsGetSuggestions() {
        #expect(Fixtures.onlyIssue(Fixtures.yaml(button: "    queue: {overal: 20}\n"))
            == "x.yaml:7:13: buttons[0].queue.overal: unknown key \"overal\"; did you mean \"overall\"?")
        #expect(Fixtures.onlyIssue(Fixtures.yaml(agents: "    autoAway: {onDecline: true, backafter: constant(1m)}\n"))
            == "x.yaml:12:33: agents[0].autoAway.backafter: unknown key \"backafter\"; did you mean \"backAfter\"?")
        #expect(Fixtures.onlyIssue(Fixtures.validYAML + "\nblocking:\n  - {rule: 203.0.113.7, note: x}")
            == "x.yaml:16:25: blocking[0].note: unknown key \"note\"; expected one of description, rule")
    }

    @Test func errorsInJSONAreLocatedToo() {
        let json = """
            {"name": "j", "horizon": "1h",
             "buttons": [{"id": "b", "skill": "s", "arrivals": {"rate": "1/m"}, "routing": "Choice",
                          "autoAccept": "no"}],
             "agents": [{"group": "g", "count": 1, "skills": [{"name": "s", "level": 12}], "declineProbability": 2}],
             "visitors": {"blockedShare": "0.5"},
             "blocking": ["10.0.0.0/8", {"rule": "10.1.2.3-10.1.2.1"}],
             "service": {"mode": "simple", "handleTime": "constant(1s)"}}
            """
        #expect(Fixtures.issues(in: json, format: .json).map(\.description) == [
            "x.json:2:80: buttons[0].routing: expected a routing model (leastActive, mostAvailable, choice), "
                + "found \"Choice\"; did you mean \"choice\"?",
            "x.json:3:29: buttons[0].autoAccept: expected true or false, found \"no\"",
            "x.json:4:74: agents[0].skills[0].level: expected a skill level from 0 to 10, found \"12\"",
            "x.json:4:102: agents[0].declineProbability: expected a probability from 0 to 1 or a percentage "
                + "from 0% to 100%, found \"2\"",
            "x.json:6:38: blocking[1].rule: the range 10.1.2.3 - 10.1.2.1 ends before it starts",
        ])
    }

    @Test func everyMistakeOfAFileIsReportedInFileOrder() {
        let text = Fixtures.yaml(
            button: "    routing: choise\n    autoAccept: True\n    queue: {overall: -1}\n",
            agents: "    declineProbability: 5\n    atShiftEnd: endchats\n"
        ) + "\nvisitors:\n  blockedShare: 200%\nblocking:\n  - 203.0.113.0/16\n"
        #expect(Fixtures.issues(in: text).map(\.path) == [
            "buttons[0].routing", "buttons[0].autoAccept", "buttons[0].queue.overall", "agents[0].declineProbability",
            "agents[0].atShiftEnd", "visitors.blockedShare", "blocking[0]",
        ])
    }

    @Test func scenarioProblemsOfTheNewKeysAreLocatedAtTheirField() {
        let choice = Fixtures.issues(in: Fixtures.yaml(button: "    routing: choice\n    pushTimeout: 30s\n"))
        #expect(choice.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path)" } == ["8:18 buttons[0].pushTimeout"])
        let blocked = Fixtures.issues(in: Fixtures.validYAML + "\nvisitors:\n  blockedShare: 5%")
        #expect(blocked.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path)" } == ["16:17 visitors.blockedShare"])
    }
}
