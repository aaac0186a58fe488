import Stochastics

/// Run-time form of the conversation service mode: ready-to-draw samplers and the settings.
struct CompiledConversation: Sendable {
    let thinkTime: Sampler
    let typingTime: Sampler
    let quickTextShare: Double
    let quickTextTime: Sampler
    let articleProbability: Double
    let articleLookupTime: Sampler
    let autoGreeting: Bool
    let visitorEnds: Double
    let idleWarning: Double?
    let idleTimeout: Double?
    let criticalWait: Double?
    let visitorLeaves: Double
    let records: [Scenario.RecordAttachment]
    let fileTransfers: Scenario.FileTransfers?
    let fileSize: Sampler?
    let uploadTime: Sampler?
    let flags: Scenario.AssistanceFlags?
    let flagLoweredAfter: Sampler?
    /// Mean length of a conversation with `messages` visitor messages, if each reply came at once
    /// after its typing: a yardstick for placing an agent's block at a moment of the chat.
    let meanExchange: Double

    init(_ conversation: Scenario.Conversation) {
        thinkTime = Sampler(conversation.visitorThinkTime)
        typingTime = Sampler(conversation.typingTime)
        quickTextShare = conversation.quickTextShare
        quickTextTime = Sampler(conversation.quickTextTime)
        articleProbability = conversation.articleProbability
        articleLookupTime = Sampler(conversation.articleLookupTime)
        autoGreeting = conversation.autoGreeting
        visitorEnds = conversation.visitorEnds
        idleWarning = conversation.idleWarning
        idleTimeout = conversation.idleTimeout
        criticalWait = conversation.criticalWait
        visitorLeaves = conversation.visitorLeaves
        records = conversation.records
        fileTransfers = conversation.fileTransfers
        fileSize = conversation.fileTransfers.map { Sampler($0.fileSize) }
        uploadTime = conversation.fileTransfers.map { Sampler($0.uploadTime) }
        flags = conversation.flags
        flagLoweredAfter = conversation.flags.map { Sampler($0.loweredAfter) }
        meanExchange = conversation.visitorThinkTime.mean + conversation.typingTime.mean
    }
}
