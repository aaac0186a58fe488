/// Names of the random streams, one per purpose and button or agent group. Each stream's seed
/// derives from the scenario seed, the replication and this name, so changing one part of a
/// scenario leaves the draws of every other part unchanged (common random numbers across
/// configurations).
enum StreamNames {
    static func arrivals(_ button: String) -> String { "arrivals/\(button)" }
    static func patience(_ button: String) -> String { "patience/\(button)" }
    static func handleTime(_ button: String) -> String { "handle/\(button)" }
    static func visitors(_ button: String) -> String { "visitors/\(button)" }
    static func returning(_ button: String) -> String { "returning/\(button)" }
    static func returnee(_ button: String) -> String { "returnee/\(button)" }
    static func visitorProfile(_ button: String) -> String { "profile/\(button)" }
    static func acceptDelay(_ group: String) -> String { "accept/\(group)" }
    static func declines(_ group: String) -> String { "decline/\(group)" }
    static func backFromAway(_ group: String) -> String { "away/\(group)" }
    static func wrapUp(_ group: String) -> String { "wrapup/\(group)" }
    static func transfers(_ group: String) -> String { "transfer/\(group)" }
    static func conferences(_ group: String) -> String { "conference/\(group)" }
    static func blocks(_ group: String) -> String { "block/\(group)" }
    static func records(_ button: String) -> String { "records/\(button)" }
    static func visitorThink(_ button: String) -> String { "think/\(button)" }
    static func typing(_ group: String) -> String { "typing/\(group)" }
    static func attachments(_ button: String) -> String { "attach/\(button)" }
    static func flags(_ button: String) -> String { "flags/\(button)" }
    static func leaving(_ button: String) -> String { "leave/\(button)" }
}
