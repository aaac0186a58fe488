import Routing

/// The record of one chat request, as a chat platform keeps it (`LiveChatTranscript` and its
/// `LiveChatTranscriptEvent`s): written once the chat has reached its outcome.
///
/// Times are seconds from the start of the replication's day; a writer turns them into dates.
public struct TranscriptRecord: Sendable, Equatable {
    /// Replication (simulated day) the chat belongs to, from 0.
    public let replication: Int
    /// Number of the chat within its replication, from 1, in request order.
    public let number: Int
    /// Button the visitor requested the chat on.
    public let button: Int
    /// When the visitor requested the chat.
    public let requestTime: Double
    /// When an agent accepted it; `nil` when none did.
    public var startTime: Double?
    /// When the conversation ended, or the request was canceled.
    public var endTime: Double?
    /// Who ended it.
    public var endedBy: TranscriptEndedBy?
    /// The outcome.
    public var status: TranscriptStatus
    /// The agent who last handled the chat (`OwnerId`); `nil` when no agent accepted it.
    public var owner: Int?
    /// The events of the chat's life, in time order, beginning with `ChatRequest`.
    public var events: [TranscriptEvent]

    /// A new request, with its `ChatRequest` event.
    public init(replication: Int, number: Int, button: Int, requestTime: Double) {
        self.replication = replication
        self.number = number
        self.button = button
        self.requestTime = requestTime
        status = .missed
        events = [TranscriptEvent(time: requestTime, type: .chatRequest, agent: nil)]
    }

    /// Time from request to acceptance, in seconds (`WaitTime`); `nil` for chats no agent accepted.
    public var waitTime: Double? { startTime.map { $0 - requestTime } }

    /// Time the visitor waited before leaving unanswered, in seconds (`Abandoned`).
    public var abandonedAfter: Double? {
        guard startTime == nil, endedBy == .visitor, let endTime else { return nil }
        return endTime - requestTime
    }

    /// Length of the conversation, from acceptance to its end, in seconds (`ChatDuration`).
    public var chatDuration: Double? {
        guard let startTime, let endTime else { return nil }
        return endTime - startTime
    }
}

/// One event of a chat's life (`LiveChatTranscriptEvent`).
public struct TranscriptEvent: Sendable, Equatable {
    /// When it happened, in seconds from the start of the day.
    public let time: Double
    /// What happened.
    public let type: TranscriptEventType
    /// The agent concerned, if any.
    public let agent: Int?
    /// Details (`Detail`), such as the target of a transfer.
    public let detail: String

    /// Creates an event.
    public init(time: Double, type: TranscriptEventType, agent: Int?, detail: String = "") {
        self.time = time
        self.type = type
        self.agent = agent
        self.detail = detail
    }
}

/// Who ended a chat (`LiveChatTranscript.EndedBy`).
public enum TranscriptEndedBy: String, Sendable, Equatable {
    /// The agent ended the conversation (or blocked the visitor).
    case agent = "Agent"
    /// The visitor ended the conversation, or left before it began.
    case visitor = "Visitor"
    /// The platform canceled the request (no agent, full queue, blocked address).
    case system = "System"
}

/// The outcome of a chat request (`LiveChatTranscript.Status`).
public enum TranscriptStatus: String, Sendable, Equatable {
    /// An agent accepted the chat and the conversation took place.
    case completed = "Completed"
    /// No agent accepted it: the visitor left, or the request was canceled.
    case missed = "Missed"
    /// The visitor's address was blocked, before the chat or by the agent during it.
    case blocked = "Blocked"
}

/// Where a replication's records go. One sink serves one replication, on the task that runs it;
/// it receives each transcript once the chat is finished, then ``close()``.
public protocol RecordSink: AnyObject {
    /// A finished chat's record.
    func write(_ transcript: TranscriptRecord)
    /// The replication is over: everything written must reach its destination.
    func close()
}
