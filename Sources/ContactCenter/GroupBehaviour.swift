import Stochastics

/// How the agents of one group behave in one replication: how fast they answer offers, whether
/// they decline, when they come back from being set Away, and how long their after-chat work
/// takes, each drawn from the group's own random stream. A stream exists only when the group
/// uses that behaviour (seeding a generator is not free).
final class GroupBehaviour {
    private let acceptDelay: Sampled?
    private let declines: (probability: Double, stream: RandomStream)?
    private let backFromAway: Sampled?
    private let wrapUp: Sampled?

    /// Whether the group's agents accept every push offer the moment it arrives.
    let answersAtOnce: Bool

    init(_ group: CompiledScenario.Group, seed: UInt64, replication: Int) {
        func stream(_ name: String) -> RandomStream {
            RandomStream(seed: seed, name: name, replication: replication)
        }
        acceptDelay = group.acceptDelay.map { Sampled($0, stream(StreamNames.acceptDelay(group.name))) }
        declines = group.declineProbability > 0
            ? (group.declineProbability, stream(StreamNames.declines(group.name))) : nil
        backFromAway = group.setAway
            ? Sampled(group.backFromAway, stream(StreamNames.backFromAway(group.name))) : nil
        wrapUp = group.wrapUp.map { Sampled($0, stream(StreamNames.wrapUp(group.name))) }
        answersAtOnce = group.answersAtOnce
    }

    /// The time an agent takes to answer an offer.
    func drawAnswerDelay() -> Double {
        acceptDelay?.draw() ?? 0
    }

    /// Whether an agent declines (or, for Choice, passes over) an offer.
    func drawDeclines() -> Bool {
        guard let declines else { return false }
        return declines.stream.bernoulli(probability: declines.probability)
    }

    /// The time an agent set Away by the router takes to come back Online (only groups whose
    /// agents the router sets Away draw it).
    func drawBackFromAway() -> Double {
        guard let backFromAway else { preconditionFailure("the router set Away an agent of a group without auto-Away") }
        return backFromAway.draw()
    }

    /// The length of after-chat work, or `nil` when the group has none.
    func drawWrapUp() -> Double? {
        wrapUp?.draw()
    }
}

/// A sampler with the stream it draws from.
struct Sampled {
    let sampler: Sampler
    let stream: RandomStream

    init(_ sampler: Sampler, _ stream: RandomStream) {
        self.sampler = sampler
        self.stream = stream
    }

    func draw() -> Double { sampler.sample(stream) }
}
