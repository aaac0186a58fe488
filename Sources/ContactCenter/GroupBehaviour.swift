import Stochastics

/// How the agents of one group behave in one replication: how fast they answer offers, whether
/// they decline, when they come back from being set Away, and how long their after-chat work
/// takes, each drawn from the group's own random streams.
final class GroupBehaviour {
    private let group: CompiledScenario.Group
    private let acceptStream: RandomStream
    private let declineStream: RandomStream
    private let awayStream: RandomStream
    private let wrapUpStream: RandomStream

    init(_ group: CompiledScenario.Group, seed: UInt64, replication: Int) {
        self.group = group
        acceptStream = RandomStream(seed: seed, name: StreamNames.acceptDelay(group.name), replication: replication)
        declineStream = RandomStream(seed: seed, name: StreamNames.declines(group.name), replication: replication)
        awayStream = RandomStream(seed: seed, name: StreamNames.backFromAway(group.name), replication: replication)
        wrapUpStream = RandomStream(seed: seed, name: StreamNames.wrapUp(group.name), replication: replication)
    }

    /// Whether the group's agents accept every push offer the moment it arrives.
    var answersAtOnce: Bool { group.answersAtOnce }

    /// The time an agent takes to answer an offer.
    func drawAnswerDelay() -> Double {
        group.acceptDelay?.sample(acceptStream) ?? 0
    }

    /// Whether an agent declines (or, for Choice, passes over) an offer.
    func drawDeclines() -> Bool {
        group.declineProbability > 0 && declineStream.bernoulli(probability: group.declineProbability)
    }

    /// The time an agent set Away by the router takes to come back Online.
    func drawBackFromAway() -> Double {
        group.backFromAway.sample(awayStream)
    }

    /// The length of after-chat work, or `nil` when the group has none.
    func drawWrapUp() -> Double? {
        group.wrapUp?.sample(wrapUpStream)
    }
}
