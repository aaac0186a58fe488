import ContactCenter

/// The entries of `agents`: `group`, `count`, `skills` and `capacity` (default 1), then how the
/// agents answer offers (`acceptDelay`, `declineProbability`, `autoAway`), when they work
/// (`shift`, `atShiftEnd`), their after-chat work (`wrapUp`), and how they hand chats on
/// (`transfers`, `conferences`, see ``HandoffSchema``) or block visitors (`blockProbability`), and
/// the record types they may see (`recordAccess`: `all`, or a list like `[Case, Invoice]`), and
/// `conversation`, the group's own agent-side conversation settings
/// (``ConversationSettingsSchema``); defaults: those of ``Scenario/AgentGroup``.
enum AgentGroupSchema {
    /// One agent group.
    static var group: FieldDecoder<Scenario.AgentGroup> {
        .mapping("an agent group with the keys group, count, skills and capacity") { map in
            var group = Scenario.AgentGroup(name: "", count: 0, skills: [], capacity: 1)
            map.require("group", into: &group.name, .text("a group name"))
            map.require("count", into: &group.count, .wholeNumber("a whole number of agents ≥ 0"))
            let skill = SkillSchema.skill.map { Scenario.AgentSkill($0.name, level: $0.level ?? 0) }
            map.require("skills", into: &group.skills, .list("a list of skill names, like [support]", of: skill))
            map.read("capacity", into: &group.capacity, .wholeNumber("a whole number of chats ≥ 1"))
            map.read("acceptDelay", into: &group.acceptDelay, .distributionOrNone(like: "exponential(mean: 8s)"))
            map.read("declineProbability", into: &group.declineProbability, .probability)
            map.read("autoAway", into: &group.autoAway, autoAway)
            map.read("shift", into: &group.shift, ShiftSchema.shift)
            map.read("atShiftEnd", into: &group.atShiftEnd, .oneOf("an end-of-shift mode"))
            map.read("wrapUp", into: &group.wrapUp, .distributionOrNone(like: "lognormal(mean: 1m, sd: 30s)"))
            map.read("transfers", into: &group.transfers, HandoffSchema.transfers)
            map.read("conferences", into: &group.conferences, HandoffSchema.conferences)
            map.read("blockProbability", into: &group.blockProbability, .probability)
            map.read("recordAccess", into: &group.recordAccess, .allOrRecordTypes)
            map.read("conversation", into: &group.conversation, ConversationSettingsSchema.groupSettings)
            return group
        }
    }

    /// `{onDecline: true, onTimeout: true, backAfter: exponential(mean: 2m)}`, every key optional.
    private static var autoAway: FieldDecoder<Scenario.AutoAway> {
        .mapping("a mapping like {onDecline: true, onTimeout: true, backAfter: exponential(mean: 2m)}") { map in
            var autoAway = Scenario.AutoAway()
            map.read("onDecline", into: &autoAway.onDecline, .boolean)
            map.read("onTimeout", into: &autoAway.onTimeout, .boolean)
            map.read("backAfter", into: &autoAway.backAfter, .distribution)
            return autoAway
        }
    }
}
