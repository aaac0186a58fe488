/// Transcript event types (`LiveChatTranscriptEvent.Type`) that routing decisions produce,
/// with their API names as raw values.
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
}
