import Stochastics

extension Scenario {
    /// A type of record an agent attaches to a chat: a standard one (`Case`, `Contact`, `Account`,
    /// `Lead`: the transcript's `CaseId`, `ContactId`, `AccountId`, `LeadId`) or a custom object,
    /// named by its API name ending in `__c` (`Order__c`: a lookup column of that name).
    public struct AttachableRecord: Sendable, Hashable, CustomStringConvertible {
        /// The type's name as the scenario writes it.
        public let name: String

        public static let supportCase = AttachableRecord(known: "Case")
        public static let contact = AttachableRecord(known: "Contact")
        public static let account = AttachableRecord(known: "Account")
        public static let lead = AttachableRecord(known: "Lead")
        /// The standard types, in the order of their transcript columns.
        public static let standard = [supportCase, contact, account, lead]

        /// The type named `name`: a standard one, or a custom object's API name (a letter, then
        /// letters, digits and single underscores, ending in `__c`); `nil` for anything else.
        public init?(_ name: String) {
            guard Self.standard.contains(where: { $0.name == name }) || Self.isCustomObjectName(name) else { return nil }
            self.name = name
        }

        private init(known name: String) {
            self.name = name
        }

        /// Whether it is a custom object rather than a standard type.
        public var isCustom: Bool { !Self.standard.contains(self) }

        public var description: String { name }

        /// `Order__c`, `Warranty_Claim__c`: what Salesforce accepts as a custom object's API name.
        static func isCustomObjectName(_ name: String) -> Bool {
            guard name.hasSuffix("__c") else { return false }
            let stem = name.dropLast(3)
            guard let first = stem.first, first.isASCII, first.isLetter, stem.last != "_" else { return false }
            return stem.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
                && !stem.contains("__")
        }
    }

    /// How often the agent attaches a record of one type to a conversation: it creates a new one,
    /// finds an existing one (one of `existing`, drawn uniformly), or neither. At most one record of
    /// each type is attached per chat.
    public struct RecordAttachment: Sendable, Equatable {
        /// The record type.
        public var type: AttachableRecord
        /// Probability that the agent creates a new record of the type during the chat.
        public var create: Double
        /// Probability that the agent finds an existing one (`create + find` ≤ 1).
        public var find: Double
        /// How many records of the type already exist to be found.
        public var existing: Int

        /// A rule; by default 10,000 existing records.
        public init(type: AttachableRecord, create: Double = 0, find: Double = 0, existing: Int = 10_000) {
            self.type = type
            self.create = create
            self.find = find
            self.existing = existing
        }
    }

    /// Files the agent asks the visitor for, once a record is attached to the chat (the file is
    /// stored on that record). Files over ``limit`` megabytes fail.
    public struct FileTransfers: Sendable, Equatable {
        /// The platform's size limit, in megabytes.
        public static let limit = 5.0
        /// Probability that the agent asks for a file in a chat with an attached record.
        public var probability: Double
        /// Size of the file the visitor picks, in megabytes.
        public var fileSize: Distribution
        /// Time from the request until the file has arrived (choosing and uploading it).
        public var uploadTime: Distribution
        /// Probability that the visitor cancels the upload.
        public var visitorCancels: Double
        /// Probability that the agent cancels it (if the visitor did not).
        public var agentCancels: Double

        /// File transfers; by default uploads take 30 s on average and nobody cancels.
        public init(probability: Double, fileSize: Distribution, uploadTime: Distribution = .exponential(mean: 30),
                    visitorCancels: Double = 0, agentCancels: Double = 0) {
            self.probability = probability
            self.fileSize = fileSize
            self.uploadTime = uploadTime
            self.visitorCancels = visitorCancels
            self.agentCancels = agentCancels
        }
    }

    /// Assistance flags: the agent raises one to ask a supervisor for help; it is lowered after a
    /// while, by the agent or by a supervisor, who may whisper advice to the agent.
    public struct AssistanceFlags: Sendable, Equatable {
        /// Probability that the agent raises a flag during a conversation.
        public var probability: Double
        /// Time from raising the flag to lowering it (at the latest, the chat's end).
        public var loweredAfter: Distribution
        /// Probability that a supervisor, not the agent, lowers it.
        public var supervisorLowers: Double
        /// Probability that a supervisor who lowers a flag whispers to the agent.
        public var whisper: Double

        /// Flags; by default the agent lowers them itself and nobody whispers.
        public init(probability: Double, loweredAfter: Distribution, supervisorLowers: Double = 0, whisper: Double = 0) {
            self.probability = probability
            self.loweredAfter = loweredAfter
            self.supervisorLowers = supervisorLowers
            self.whisper = whisper
        }
    }
}
