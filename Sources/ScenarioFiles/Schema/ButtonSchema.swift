import ContactCenter
import Routing

/// The entries of `buttons`: `id`, `skill` and `arrivals`, then the optional routing settings
/// `routing`, `priority`, `pushTimeout`, `autoAccept`, `rerouteAttempts`, `queue`, `capacityWeight`
/// or `capacityPercentage`, and `capacityModel`, then `attachedRecords`, the types of the records
/// attached to each chat (a list like `[Case, Contact]`), and `conversation`, the button's own
/// visitor-side conversation settings (``ConversationSettingsSchema``); defaults: those of
/// ``Scenario/Button``.
enum ButtonSchema {
    /// One button.
    static var button: FieldDecoder<Scenario.Button> {
        .mapping("a button with the keys id, skill and arrivals") { map in
            var button = Scenario.Button(id: "", skill: "", arrivals: Scenario.ArrivalRates(pieces: []))
            map.require("id", into: &button.id, .text("a button id"))
            if let skill = map.required("skill", SkillSchema.skill) {
                button.skill = skill.name
                button.minimumSkillLevel = skill.level
            }
            map.require("arrivals", into: &button.arrivals, ArrivalsSchema.arrivals)
            map.read("routing", into: &button.routing, .oneOf("a routing model"))
            map.read("priority", into: &button.priority, .wholeNumber("a whole number ≥ 0", in: 0 ... .max))
            map.read("pushTimeout", into: &button.pushTimeout, .durationOrNone)
            map.read("autoAccept", into: &button.autoAccept, .boolean)
            let attempts = FieldDecoder.wholeNumber("none or a whole number of attempts ≥ 1", in: 1 ... .max)
            map.read("rerouteAttempts", into: &button.rerouteAttempts, attempts.orNone)
            map.read("queue", into: &button.queueLimit, queueLimit)
            readCapacityWeight(map, into: &button.capacityWeight)
            map.read("capacityModel", into: &button.capacityModel, .oneOf("a capacity model"))
            map.read("attachedRecords", into: &button.attachedRecords, .recordTypes)
            map.read("conversation", into: &button.conversation, ConversationSettingsSchema.buttonSettings)
            return button
        }
    }

    /// `none` for an unlimited queue, or `{overall: N, perAgent: M}`; a limit left out (or `none`)
    /// does not apply.
    private static var queueLimit: FieldDecoder<QueueLimit> {
        let expected = "none or a mapping like {overall: 20, perAgent: 2}"
        let limit = FieldDecoder.wholeNumber("none or a whole number of chats ≥ 0", in: 0 ... .max).orNone
        return FieldDecoder.mapping(expected) { map in
            var queueLimit = QueueLimit()
            map.read("overall", into: &queueLimit.overall, limit)
            map.read("perAgent", into: &queueLimit.perAgent, limit)
            return queueLimit
        }.orNone(meaning: QueueLimit())
    }

    /// `capacityWeight: N` (units) or `capacityPercentage: P` (per cent of the agent's capacity),
    /// at most one of the two.
    private static func readCapacityWeight(_ map: MappingReader, into weight: inout CapacityWeight) {
        let units = map.value("capacityWeight", .wholeNumber("a whole number of capacity units ≥ 1", in: 1 ... .max))
        let percentage = map.value("capacityPercentage", .wholeNumber("a whole number from 1 to 100", in: 1...100))
        map.reportIfBoth("capacityWeight", "capacityPercentage")
        if let given = percentage.map(CapacityWeight.percentage) ?? units.map(CapacityWeight.units) {
            weight = given
        }
    }
}
