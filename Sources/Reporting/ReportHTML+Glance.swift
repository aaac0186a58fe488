import Foundation
import ContactCenter

extension ReportHTML {
    /// The page header: the scenario's name and its settings at a glance — the day, replications
    /// and seed, the service-level goal, visitors, buttons and agent groups.
    func glance() -> String {
        let service = switch scenario.service {
        case .simple(let distribution): "handle time mean \(ReportHTMLFormat.duration(distribution.mean))"
        case .conversation(let model):
            "conversations of \(String(format: "%.1f", model.visitorMessages.mean)) visitor messages on average, "
                + "replies typed in \(ReportHTMLFormat.duration(model.typingTime.mean)) on average"
        }
        let patience = scenario.visitors.patience.map { "patience mean \(ReportHTMLFormat.duration($0.mean))" }
            ?? "visitors never abandon"
        let agents = scenario.agentGroups.reduce(0) { $0 + $1.count }
        let slots = scenario.agentGroups.reduce(0) { $0 + $1.count * $1.capacity }
        let items = [
            ("Day", HTML.escape("""
                \(ReportHTMLFormat.duration(scenario.horizon)), warm-up \(ReportHTMLFormat.duration(scenario.warmup)), \
                \(ReportHTMLFormat.duration(scenario.interval)) intervals
                """)),
            ("Replications", HTML.escape("\(aggregate.replications), seed \(scenario.seed)")),
            ("Service-level goal", HTML.escape("\(targetText) of chats accepted within \(thresholdText)")),
            ("Visitors", HTML.escape("\(patience); \(service)")),
            ("Buttons", list(scenario.buttons.map { button in
                "\(button.id): skill \(button.skill), \(rates(button.arrivals))"
                    + ownSettings(button.conversation.map(\.key))
            })),
            ("Agent groups", list(scenario.agentGroups.map { group in
                let skills = group.skills.map(\.name).joined(separator: ", ")
                return "\(group.name): \(group.count) × capacity \(group.capacity) (\(skills))"
                    + ownSettings(group.conversation.map(\.key))
            } + ["\(agents) agents, \(slots) capacity units in all"])),
        ]
        let definitions = items.map { HTML.element("div", HTML.element("dt", $0.0) + HTML.element("dd", $0.1)) }
        return HTML.element("header", """

            \(HTML.element("h1", HTML.escape(scenario.name)))
            \(HTML.element("p", attributes: [("class", "lede")], "chatsim run report"))
            \(HTML.element("dl", attributes: [("class", "glance")], definitions.joined()))

            """)
    }

    /// `; own conversation settings: typingTime, quickTextShare` for a button or group that sets
    /// the conversation keys `keys` itself; empty when it sets none.
    func ownSettings(_ keys: [String]) -> String {
        keys.isEmpty ? "" : "; own conversation settings: \(keys.joined(separator: ", "))"
    }

    /// `texts` as a list, each escaped.
    func list(_ texts: [String]) -> String {
        HTML.element("ul", texts.map { HTML.element("li", HTML.escape($0)) }.joined())
    }

    /// The arrival rate of a button in chats per hour: one rate, or the range of its profile.
    func rates(_ arrivals: Scenario.ArrivalRates) -> String {
        let perHour = arrivals.pieces.map { $0.ratePerSecond * 3600 }
        let low = perHour.min() ?? 0
        let high = perHour.max() ?? 0
        let text = low == high ? ReportHTMLFormat.compact(low)
            : "\(ReportHTMLFormat.compact(low))–\(ReportHTMLFormat.compact(high))"
        return "\(text) chats/h" + (arrivals.isProfile ? " (profile)" : "")
    }
}
