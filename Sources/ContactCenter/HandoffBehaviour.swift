import Stochastics

/// When and where the agents of one group transfer chats, invite colleagues and block visitors, in
/// one replication, each purpose drawing from the group's own stream (created only when the group
/// has that behaviour, so groups without it leave every other draw unchanged).
final class HandoffBehaviour {
    /// The moments, counted from acceptance, at which the agent will act on a chat; `nil` where
    /// it will not (or only after the conversation would have ended).
    struct Plan {
        var transferAfter: Double?
        var conferenceAfter: Double?
        var blockAfter: Double?
    }

    let handoffs: CompiledHandoffs
    private let transferStream: RandomStream?
    private let conferenceStream: RandomStream?
    private let blockStream: RandomStream?

    init(_ handoffs: CompiledHandoffs, group: String, seed: UInt64, replication: Int) {
        func stream(_ name: String) -> RandomStream {
            RandomStream(seed: seed, name: name, replication: replication)
        }
        self.handoffs = handoffs
        transferStream = handoffs.transfers.map { _ in stream(StreamNames.transfers(group)) }
        conferenceStream = handoffs.conferences.map { _ in stream(StreamNames.conferences(group)) }
        blockStream = handoffs.blockProbability > 0 ? stream(StreamNames.blocks(group)) : nil
    }

    /// What the agent will do with a chat it accepted, whose conversation lasts `handleTime`.
    func plan(handleTime: Double) -> Plan {
        func moment(_ plan: CompiledHandoffs.Plan?, _ stream: RandomStream?) -> Double? {
            guard let plan, let stream, stream.bernoulli(probability: plan.probability) else { return nil }
            let after = plan.after.sample(stream)
            return after < handleTime ? after : nil
        }
        var result = Plan(transferAfter: moment(handoffs.transfers, transferStream),
                          conferenceAfter: moment(handoffs.conferences, conferenceStream))
        if let blockStream, blockStream.bernoulli(probability: handoffs.blockProbability) {
            result.blockAfter = blockStream.uniform() * handleTime
        }
        return result
    }

    /// A transfer target, drawn by weight.
    func drawTransferTarget() -> CompiledHandoffs.Target {
        handoffs.transfers!.target(at: transferStream!.uniform())
    }

    /// A conference target, drawn by weight.
    func drawConferenceTarget() -> CompiledHandoffs.Target {
        handoffs.conferences!.target(at: conferenceStream!.uniform())
    }

    /// One of `candidates` (not empty), uniformly, from the transfer or the conference stream.
    func pick(_ candidates: [Int32], forTransfer: Bool) -> Int32 {
        let stream = forTransfer ? transferStream! : conferenceStream!
        return candidates[stream.uniformInt(below: candidates.count)]
    }

    /// How long a conference guest stays.
    func drawStay() -> Double {
        handoffs.conferences!.stay!.sample(conferenceStream!)
    }
}
