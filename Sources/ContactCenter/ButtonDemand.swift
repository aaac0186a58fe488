import Stochastics

/// The visitors of one button in one replication: when they arrive, how patient they are, how
/// long their chats take and whether they come from a blocked address, each drawn from the
/// button's own random stream (created only when the scenario needs it).
///
/// A class so that the hot path borrows its samplers and streams instead of copying them. It is
/// owned by one replication and used from its thread only, so the arrival state needs no dynamic
/// exclusivity checks.
final class ButtonDemand {
    @exclusivity(unchecked) private var arrivals: ArrivalProcess
    private let arrivalStream: RandomStream
    private let patience: Sampled?
    private let handleTime: Sampled
    private let blocked: (share: Double, stream: RandomStream)?

    init(_ button: CompiledScenario.Button, seed: UInt64, replication: Int) {
        func stream(_ name: String) -> RandomStream {
            RandomStream(seed: seed, name: name, replication: replication)
        }
        arrivals = ArrivalProcess(profile: button.arrivals)
        arrivalStream = stream(StreamNames.arrivals(button.id))
        patience = button.patience.map { Sampled($0, stream(StreamNames.patience(button.id))) }
        handleTime = Sampled(button.handleTime, stream(StreamNames.handleTime(button.id)))
        blocked = button.blockedShare > 0 ? (button.blockedShare, stream(StreamNames.visitors(button.id))) : nil
    }

    /// Whether the next visitor comes from a blocked address.
    func drawBlocked() -> Bool {
        guard let blocked else { return false }
        return blocked.stream.bernoulli(probability: blocked.share)
    }

    /// The first arrival after `time`, or `nil` when none will ever come.
    func nextArrival(after time: Double) -> Double? {
        arrivals.next(after: time, stream: arrivalStream)
    }

    /// The patience of the next visitor; infinite when visitors never abandon.
    func drawPatience() -> Double {
        patience?.draw() ?? .infinity
    }

    /// The handle time of the next visitor's chat.
    func drawHandleTime() -> Double {
        handleTime.draw()
    }
}
