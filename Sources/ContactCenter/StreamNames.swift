/// Names of the random streams, one per purpose and button. Each stream's seed derives from the
/// scenario seed, the replication and this name, so changing one part of a scenario leaves the
/// draws of every other part unchanged (common random numbers across configurations).
enum StreamNames {
    static func arrivals(_ button: String) -> String { "arrivals/\(button)" }
    static func patience(_ button: String) -> String { "patience/\(button)" }
    static func handleTime(_ button: String) -> String { "handle/\(button)" }
}
