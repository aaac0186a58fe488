import Stochastics

/// Run-time form of the conversation service mode, split by side: each button compiles the
/// visitor side of its chats, each agent group the agent side of its agents.
enum CompiledConversation {
    /// What the visitors of one button's chats do: ready-to-draw samplers and the settings.
    final class Visitors: Sendable {
        let thinkTime: Sampler
        let visitorEnds: Double
        let idleWarning: Double?
        let idleTimeout: Double?
        let visitorLeaves: Double
        /// Mean think time, half of the yardstick for placing an agent's block in a chat.
        let meanThinkTime: Double

        /// The visitor side of `conversation` (a button's effective model).
        init(_ conversation: Scenario.Conversation) {
            thinkTime = Sampler(conversation.visitorThinkTime)
            visitorEnds = conversation.visitorEnds
            idleWarning = conversation.idleWarning
            idleTimeout = conversation.idleTimeout
            visitorLeaves = conversation.visitorLeaves
            meanThinkTime = conversation.visitorThinkTime.mean
        }
    }

    /// What the agents of one group do in chats: ready-to-draw samplers and the settings.
    final class Agents: Sendable {
        let typingTime: Sampler
        let quickTextShare: Double
        let quickTextTime: Sampler
        let articleProbability: Double
        let articleLookupTime: Sampler
        let autoGreeting: Bool
        let criticalWait: Double?
        let records: [Scenario.RecordAttachment]
        let fileTransfers: Scenario.FileTransfers?
        let fileSize: Sampler?
        let uploadTime: Sampler?
        let flags: Scenario.AssistanceFlags?
        let flagLoweredAfter: Sampler?
        /// Mean typing time, the other half of the yardstick for placing a block in a chat.
        let meanTypingTime: Double

        /// The agent side of `conversation` (a group's effective model).
        init(_ conversation: Scenario.Conversation) {
            typingTime = Sampler(conversation.typingTime)
            quickTextShare = conversation.quickTextShare
            quickTextTime = Sampler(conversation.quickTextTime)
            articleProbability = conversation.articleProbability
            articleLookupTime = Sampler(conversation.articleLookupTime)
            autoGreeting = conversation.autoGreeting
            criticalWait = conversation.criticalWait
            records = conversation.records
            fileTransfers = conversation.fileTransfers
            fileSize = conversation.fileTransfers.map { Sampler($0.fileSize) }
            uploadTime = conversation.fileTransfers.map { Sampler($0.uploadTime) }
            flags = conversation.flags
            flagLoweredAfter = conversation.flags.map { Sampler($0.loweredAfter) }
            meanTypingTime = conversation.typingTime.mean
        }
    }
}
