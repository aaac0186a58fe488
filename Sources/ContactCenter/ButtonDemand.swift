import Stochastics

/// The visitors of one button in one replication: when they arrive, how patient they are and how
/// long their chats take, each drawn from the button's own random streams.
///
/// A class so that the hot path borrows its samplers and streams instead of copying them. It is
/// owned by one replication and used from its thread only, so the arrival state needs no dynamic
/// exclusivity checks.
final class ButtonDemand {
    @exclusivity(unchecked) private var arrivals: ArrivalProcess
    private let patience: Sampler?
    private let handleTime: Sampler
    private let arrivalStream: RandomStream
    private let patienceStream: RandomStream
    private let handleTimeStream: RandomStream
    private let blockedShare: Double
    private let visitorStream: RandomStream

    init(_ button: CompiledScenario.Button, seed: UInt64, replication: Int) {
        arrivals = ArrivalProcess(profile: button.arrivals)
        patience = button.patience
        handleTime = button.handleTime
        arrivalStream = RandomStream(seed: seed, name: StreamNames.arrivals(button.id), replication: replication)
        patienceStream = RandomStream(seed: seed, name: StreamNames.patience(button.id), replication: replication)
        handleTimeStream = RandomStream(seed: seed, name: StreamNames.handleTime(button.id), replication: replication)
        blockedShare = button.blockedShare
        visitorStream = RandomStream(seed: seed, name: StreamNames.visitors(button.id), replication: replication)
    }

    /// Whether the next visitor comes from a blocked address.
    func drawBlocked() -> Bool {
        blockedShare > 0 && visitorStream.bernoulli(probability: blockedShare)
    }

    /// The first arrival after `time`, or `nil` when none will ever come.
    func nextArrival(after time: Double) -> Double? {
        arrivals.next(after: time, stream: arrivalStream)
    }

    /// The patience of the next visitor; infinite when visitors never abandon.
    func drawPatience() -> Double {
        patience?.sample(patienceStream) ?? .infinity
    }

    /// The handle time of the next visitor's chat.
    func drawHandleTime() -> Double {
        handleTime.sample(handleTimeStream)
    }
}
