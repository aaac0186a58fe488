import Routing
import Stochastics

/// Run-time form of returning visitors and visitor attributes: the share of returning arrivals,
/// the free addresses, and each attribute's values with running sums of their weights.
struct CompiledVisitors: Sendable {
    let returningShare: Double
    let addresses: VisitorAddresses
    /// The address visitors marked as blocked come from.
    let blockedAddress: IPAddress?
    /// Values of each attribute, in ``VisitorAttribute/allCases`` order.
    let values: [[String]]
    /// Running sums of the weights of each attribute's values.
    let cumulativeWeights: [[Double]]
    /// Whether the device attributes are drawn together (``Scenario/VisitorAttributes/drawsDevicesTogether``):
    /// one draw picks the same position in each of their lists.
    let drawsDevicesTogether: Bool
    /// Whether attribute number `attribute` is one of the device attributes.
    let isDeviceAttribute: [Bool]
    /// Whether a visitor's address can decide a chat's fate: the scenario has blocking rules, or
    /// agents who block visitors (adding rules).
    let mayBeBlocked: Bool

    init(_ scenario: Scenario) {
        let visitors = scenario.visitors
        returningShare = visitors.returningShare
        addresses = VisitorAddresses(visitors.attributes.addresses, excluding: BlockingRules(scenario.blocking))
        blockedAddress = scenario.blocking.first?.from
        drawsDevicesTogether = visitors.attributes.drawsDevicesTogether
        isDeviceAttribute = VisitorAttribute.allCases.map { Scenario.VisitorAttributes.deviceAttributes.contains($0) }
        mayBeBlocked = !scenario.blocking.isEmpty || scenario.agentGroups.contains { $0.blockProbability > 0 }
        let mixes = VisitorAttribute.allCases.map { visitors.attributes[$0] }
        values = mixes.map { $0.map(\.value) }
        cumulativeWeights = mixes.map { mix in
            var sum = 0.0
            return mix.map { sum += $0.weight; return sum }
        }
    }

    /// The value of attribute number `attribute` whose weight interval holds `uniform` (in 0 ..< 1)
    /// times the total weight.
    func choice(of attribute: Int, at uniform: Double) -> UInt16 {
        let sums = cumulativeWeights[attribute]
        let target = uniform * sums[sums.count - 1]
        return UInt16(sums.firstIndex { $0 > target } ?? sums.count - 1)
    }
}
