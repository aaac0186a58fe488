import Routing

/// The events of the contact-center simulation, dispatched by `switch` in the run loop.
///
/// Events about a chat carry the chat's serial number: when a chat finishes its serial is cleared
/// and the router reuses its id for a chat with a new serial, so an event whose serial no longer
/// matches belongs to a chat that has since finished (say, ended when its agent logged out), and
/// is ignored.
enum SimulationEvent: Sendable {
    /// The next visitor arrives on a button.
    case arrival(button: Int32)
    /// A waiting visitor's patience runs out.
    case patienceExpired(ChatID, serial: UInt32)
    /// The agent a chat is pushed to accepts the offer.
    case offerAccepted(ChatID, serial: UInt32)
    /// The agent a chat is pushed to declines the offer.
    case offerDeclined(ChatID, serial: UInt32)
    /// A pushed offer's time-out runs out.
    case pushTimeout(ChatID, serial: UInt32)
    /// An agent shown a Choice request takes it. (No serial: these events are cancelled whenever
    /// the request is withdrawn from the agent, so they never outlive it.)
    case choiceTaken(ChatID, agent: Int32)
    /// The conversation of an accepted chat ends.
    case conversationEnded(ChatID, serial: UInt32)
    /// The agent finishes the chat's after-chat work.
    case workDone(ChatID, serial: UInt32)
    /// An agent's schedule changes its status.
    case schedule(agent: Int32, AgentScheduleChange)
    /// The end of the warm-up, of a reporting interval or of the day: time integrals are read.
    case measure
    /// The agent handling a chat asks for a transfer (a first attempt or a retry).
    case transferStart(ChatID, serial: UInt32)
    /// The agent handling a chat invites a colleague into it.
    case conferenceStart(ChatID, serial: UInt32)
    /// An agent shown a transfer request or a conference invitation answers it. (No serial:
    /// cancelled whenever the request is withdrawn from the agent.)
    case handoffAnswer(ChatID, agent: Int32)
    /// A transfer request or invitation has waited its time-out. (Cancelled when it ends.)
    case handoffTimeout(ChatID, serial: UInt32)
    /// A conference guest leaves. (Cancelled if the guest leaves otherwise.)
    case guestLeaves(ChatID, agent: Int32)
    /// The agent handling a chat blocks its visitor.
    case agentBlocks(ChatID, serial: UInt32)
    /// The visitor's next message arrives. (Conversation events are cancelled when the chat
    /// ends or the step is replaced.)
    case visitorWrites(ChatID, serial: UInt32)
    /// The visitor stayed silent past the idle time-out.
    case visitorIdle(ChatID, serial: UInt32)
    /// The visitor is warned of the idle time-out.
    case idleWarning(ChatID, serial: UInt32)
    /// A visitor has waited for a reply longer than the critical wait.
    case criticalWait(ChatID, serial: UInt32)
    /// An agent finished typing its current reply.
    case replySent(agent: Int32)
    /// The visitor ends the chat after the last reply.
    case visitorCloses(ChatID, serial: UInt32)
    /// The agent ends the chat after its last reply.
    case agentCloses(ChatID, serial: UInt32)
}

/// A change in an agent's working schedule.
enum AgentScheduleChange: Sendable {
    case shiftStart, shiftEnd, breakStart, breakEnd, backFromAutoAway
}
