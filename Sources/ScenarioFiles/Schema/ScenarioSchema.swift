import ContactCenter

/// The scenario file format: which keys exist, what each holds, and the defaults of the optional
/// ones. Each key is one line; a new key is one more line (and a default in ``defaults``).
enum ScenarioSchema {
    /// The whole file.
    static var scenario: FieldDecoder<Scenario> {
        .mapping("a mapping with the keys name, horizon, buttons, agents and service") { map in
            var scenario = defaults
            map.require("name", into: &scenario.name, .text("a scenario name"))
            map.read("seed", into: &scenario.seed, seed)
            map.require("horizon", into: &scenario.horizon, .duration)
            map.read("warmup", into: &scenario.warmup, .duration)
            map.read("replications", into: &scenario.replications, .wholeNumber("a whole number of replications ≥ 1"))
            map.read("interval", into: &scenario.interval, .duration)
            map.read("serviceLevel", into: &scenario.serviceLevelThreshold, .duration)
            map.read("serviceLevelTarget", into: &scenario.serviceLevelTarget, .probability)
            map.read("records", into: &scenario.records, RecordSelectionSchema.records)
            map.read("startDate", into: &scenario.startDate, .calendarDate)
            map.require("buttons", into: &scenario.buttons, .list("a list of buttons", of: ButtonSchema.button))
            map.require(
                "agents", into: &scenario.agentGroups, .list("a list of agent groups", of: AgentGroupSchema.group))
            map.read("visitors", into: &scenario.visitors, VisitorsSchema.visitors)
            map.read("blocking", into: &scenario.blocking, .list("a list of blocking rules", of: BlockingSchema.rule))
            map.require("service", into: &scenario.service, ServiceSchema.service)
            return scenario
        }
    }

    /// Values of the keys a file may leave out: seed 1, warmup 0s, 1 replication, interval 30m,
    /// service level 20s with a target of 80%, records of every chat, start date 2026-01-05,
    /// visitors with infinite patience of whom none is blocked, no blocking rules.
    /// Required keys hold placeholders that are never returned, since a missing required key is an error.
    static let defaults = Scenario(
        name: "", seed: 1, horizon: 0, warmup: 0, replications: 1, interval: 30 * 60, serviceLevelThreshold: 20,
        buttons: [], agentGroups: [], visitors: Scenario.Visitors(patience: nil),
        service: .simple(handleTime: .constant(0)))

    private static var seed: FieldDecoder<UInt64> {
        .scalar("a whole number from 0 to \(UInt64.max)") { UInt64($0) }
    }
}
