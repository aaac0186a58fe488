import Metrics
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
    /// The messages of the conversation, in time order (conversation mode; empty otherwise).
    public var messages: [TranscriptMessage] = []
    /// Agent response times (visitor message to reply) and visitor response times (agent
    /// message to the visitor's next) of the conversation.
    public var agentResponses = ResponseTimes()
    public var visitorResponses = ResponseTimes()
    /// The visitor who requested the chat.
    public var visitor: ChatVisitor?
    /// The records the agent attached during the chat, at most one per type, in the scenario's
    /// order of types.
    public var attachedRecords: [AttachedRecord] = []
    /// When a supervisor whispered to the agent (`SupervisorTranscriptBody`), in time order.
    public var whispers: [Double] = []

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

/// One message of a conversation, as the transcript's `Body` shows it.
public struct TranscriptMessage: Sendable, Equatable {
    /// What kind of message it is.
    public enum Kind: Sendable, Equatable {
        /// The agent's automatic greeting.
        case greeting
        /// A visitor message.
        case visitor
        /// A reply the agent typed.
        case reply
        /// A reply sent as quick text.
        case quickText
        /// A reply sharing a knowledge article.
        case article
    }

    /// When it was sent, in seconds from the start of the day.
    public let time: Double
    /// Its kind.
    public let kind: Kind
    /// The agent who sent it (`nil` for the visitor's).
    public let agent: Int?

    /// A message.
    public init(time: Double, kind: Kind, agent: Int?) {
        self.time = time
        self.kind = kind
        self.agent = agent
    }

    /// Counts for the transcript's operator message count.
    public var isFromAgent: Bool { kind != .visitor }
}

/// A record attached to a chat (`CaseId`, `ContactId`, `AccountId`, `LeadId`).
public struct AttachedRecord: Sendable, Equatable {
    /// Where the record comes from.
    public enum Origin: Sendable, Equatable {
        /// The agent found an existing record: the one numbered so among the type's existing ones.
        case found(Int)
        /// The agent created it: the n-th record of the type created on the replication's day, from 0.
        case created(Int)
    }

    /// Its type.
    public let type: Scenario.AttachableRecord
    /// When the agent attached it, in seconds from the start of the day.
    public let time: Double
    /// Found or created.
    public let origin: Origin

    /// An attached record.
    public init(type: Scenario.AttachableRecord, time: Double, origin: Origin) {
        self.type = type
        self.time = time
        self.origin = origin
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
/// it receives each transcript once the chat is finished, each agent session once the agent logs
/// out (the sessions still open at the end of the day, then), the day's visitors, then ``close()``.
public protocol RecordSink: AnyObject {
    /// A finished chat's record.
    func write(_ transcript: TranscriptRecord)
    /// A finished agent session.
    func write(_ session: AgentSessionRecord)
    /// A visitor of the day, once the day is over.
    func write(_ visitor: VisitorRecord)
    /// The replication is over: everything written must reach its destination.
    func close()
}
