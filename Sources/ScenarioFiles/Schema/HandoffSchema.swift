import ContactCenter

/// The `transfers` and `conferences` of an agent group: each `none`, or a mapping with the
/// required `probability`, `after` and `to` (a list of targets), an optional `timeout` (default
/// `none`), then for transfers an optional `retries` (default 0) and for conferences the required
/// `stay`. A target is `{group: G}`, `{skill: S}` or `{button: B}`, exactly one of the three, with
/// an optional `weight` (default 1). Whether the names exist, and that conferences invite no
/// button, is checked on the decoded scenario (``Scenario/problems()``).
enum HandoffSchema {
    /// `none`, or `{probability: 10%, after: exponential(mean: 3m), to: [{group: tier2}], timeout: 30s, retries: 1}`.
    static var transfers: FieldDecoder<Scenario.Transfers?> {
        let expected = "none or transfers like {probability: 10%, after: exponential(mean: 3m), to: [{group: tier2}]}"
        return FieldDecoder.mapping(expected) { map in
            var transfers = Scenario.Transfers(probability: 0, after: .constant(0), targets: [])
            map.require("probability", into: &transfers.probability, .probability)
            map.require("after", into: &transfers.after, .distribution)
            map.require("to", into: &transfers.targets, targets)
            map.read("timeout", into: &transfers.timeout, .durationOrNone)
            let retries = FieldDecoder.wholeNumber("a whole number of retries ≥ 0", in: 0 ... .max)
            map.read("retries", into: &transfers.retries, retries)
            return transfers
        }.orNone
    }

    /// `none`, or `{probability: 5%, after: exponential(mean: 2m), to: [{skill: billing}], timeout: 30s,
    /// stay: exponential(mean: 3m)}`.
    static var conferences: FieldDecoder<Scenario.Conferences?> {
        let expected = "none or conferences like {probability: 5%, after: exponential(mean: 2m), "
            + "to: [{skill: billing}], stay: exponential(mean: 3m)}"
        return FieldDecoder.mapping(expected) { map in
            var conferences = Scenario.Conferences(
                probability: 0, after: .constant(0), targets: [], stay: .constant(0))
            map.require("probability", into: &conferences.probability, .probability)
            map.require("after", into: &conferences.after, .distribution)
            map.require("to", into: &conferences.targets, targets)
            map.read("timeout", into: &conferences.timeout, .durationOrNone)
            map.require("stay", into: &conferences.stay, .distribution)
            return conferences
        }.orNone
    }

    /// The list of `to`.
    private static var targets: FieldDecoder<[Scenario.WeightedTarget]> {
        .list("a list of targets like [{group: tier2, weight: 2}, {skill: billing}]", of: target)
    }

    /// The keys that name a target, one of which a target gives.
    private static let targetKeys = ["group", "skill", "button"]

    /// One target: exactly one of `group`, `skill` and `button`, and an optional `weight`.
    private static var target: FieldDecoder<Scenario.WeightedTarget> {
        let expected = "a target like {group: tier2}, {skill: billing} or {button: billing}"
        return .mapping(expected) { map in
            let given = targetKeys.filter(map.contains)
            switch given.count {
            case 0: map.report("missing required key \"group\", \"skill\" or \"button\"; expected \(expected)")
            case 1: break
            default: map.report("expected one of group, skill or button, found \(listed(given))")
            }
            let group = map.value("group", .text("an agent group name")).map(Scenario.HandoffTarget.agentGroup)
            let skill = map.value("skill", .text("a skill name")).map(Scenario.HandoffTarget.skill)
            let button = map.value("button", .text("a button id")).map(Scenario.HandoffTarget.button)
            let weight = map.value("weight", .weight)
            guard given.count == 1, let target = group ?? skill ?? button else { return nil }
            return Scenario.WeightedTarget(target, weight: weight ?? 1)
        }
    }

    /// "both group and skill", "group, skill and button".
    private static func listed(_ keys: [String]) -> String {
        keys.count == 2
            ? "both \(keys[0]) and \(keys[1])" : "\(keys.dropLast().joined(separator: ", ")) and \(keys.last ?? "")"
    }
}
