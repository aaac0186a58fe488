/// Transcript event types (`LiveChatTranscriptEvent.Type`), with their API names as raw values:
/// those routing decisions produce, and those of the conversation the simulation records itself.
public enum TranscriptEventType: String, Sendable, CaseIterable {
    /// A visitor requested a chat.
    case chatRequest = "ChatRequest"
    /// The request waits in its button's queue.
    case enqueue = "Enqueue"
    /// The request was pushed to an agent.
    case pushAssignment = "PushAssignment"
    /// The request was opened to agents of a Choice button.
    case choiceRoute = "ChoiceRoute"
    /// The agent accepted the chat.
    case accept = "Accept"
    /// The agent declined a pushed request.
    case declineManual = "DeclineManual"
    /// A pushed request timed out.
    case declineTimeout = "DeclineTimeout"
    /// A pushed request was taken back from its agent.
    case unassigned = "Unassigned"
    /// Canceled: no qualified agent was available.
    case cancelNoAgent = "CancelNoAgent"
    /// Canceled: the queue was full.
    case cancelNoQueue = "CancelNoQueue"
    /// Canceled by the visitor before an agent accepted.
    case cancelVisitor = "CancelVisitor"
    /// Canceled: the visitor's address is blocked.
    case cancelBlocked = "CancelBlocked"
    /// The agent ended the chat.
    case endAgent = "EndAgent"
    /// The visitor ended the chat.
    case endVisitor = "EndVisitor"
    /// An agent asked to transfer the chat to an agent or a skill.
    case transferRequest = "TransferRequest"
    /// The chat was transferred to the agent who accepted the request.
    case transfer = "Transfer"
    /// The requesting agent withdrew the transfer request.
    case transferCancelled = "TransferCancelled"
    /// The transfer request was declined (or not answered in time).
    case transferDeclined = "TransferDeclined"
    /// The chat was transferred to a button's queue.
    case transferredToButton = "TransferredToButton"
    /// The button could not take the transferred chat.
    case transferredToButtonFailed = "TransferredToButtonFailed"
    /// The chat was transferred to an agent with the requested skill.
    case transferredToSbrSkill = "TransferredToSbrSkill"
    /// No agent with the requested skill could take the transfer.
    case transferredToSbrSkillFailed = "TransferredToSbrSkillFailed"
    /// The conversation resumed with the agent who took a chat transferred to a button.
    case chatResumedAfterTransfer = "ChatResumedAfterTransfer"
    /// An agent invited another into the chat.
    case conferenceRequest = "ConferenceRequest"
    /// The inviting agent withdrew the invitation.
    case conferenceCanceled = "ConferenceCanceled"
    /// The invitation was declined (or not answered in time).
    case conferenceDeclined = "ConferenceDeclined"
    /// An agent joined the conference.
    case operatorJoinedConference = "OperatorJoinedConference"
    /// An agent left the conference.
    case operatorLeftConference = "OperatorLeftConference"
    /// The agent blocked the visitor.
    case agentBlocked = "AgentBlocked"
    /// The visitor was warned that the chat will end if it stays silent.
    case chasitorIdleTimeoutWarningTriggered = "ChasitorIdleTimeoutWarningTriggered"
    /// The visitor wrote after the warning.
    case chasitorIdleTimeoutWarningCleared = "ChasitorIdleTimeoutWarningCleared"
    /// The visitor stayed silent too long: the chat ended.
    case chasitorIdleTimeout = "ChasitorIdleTimeout"
    /// The visitor has waited for a reply longer than the critical wait time.
    case alertCriticalWaitChat = "AlertCriticalWaitChat"
    /// The agent replied after a critical-wait alert.
    case clearCriticalWaitChat = "ClearCriticalWaitChat"
    /// The agent asked the visitor for a file (named after the seed's "File Transfer Requested").
    case fileTransferRequested = "FileTransferRequested"
    /// The agent canceled the file transfer.
    case fileTransferCanceledByAgent = "FileTransferCanceledByAgent"
    /// The visitor canceled the file transfer.
    case fileTransferCanceledByVisitor = "FileTransferCanceledByVisitor"
    /// The file arrived.
    case fileTransferSucceeded = "FileTransferSucceeded"
    /// The file could not be transferred (over the size limit, say).
    case fileTransferFailed = "FileTransferFailed"
    /// The agent raised an assistance flag.
    case flagRaised = "FlagRaised"
    /// The agent lowered the assistance flag.
    case flagLoweredAgent = "FlagLoweredAgent"
    /// A supervisor lowered the assistance flag.
    case flagLoweredSupervisor = "FlagLoweredSupervisor"
    /// An agent left the chat (a conference guest leaving, or the agent going offline).
    case leaveAgent = "LeaveAgent"
    /// The visitor left the chat (closed the window without ending it).
    case leaveVisitor = "LeaveVisitor"
    /// Another event occurred (a supervisor whisper, say).
    case other = "Other"
}
