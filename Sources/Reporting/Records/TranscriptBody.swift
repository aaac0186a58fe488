import ContactCenter
import Stochastics

/// The message lines of a transcript's `Body`, as a chat platform writes them:
/// `( 1m 13s ) tier1-2: Let me check that for you.<br>`, the time counted from the chat's start.
///
/// The simulation knows when each message was sent, by whom and of what kind, not its words: the
/// text is a stock phrase of the message's kind (for quick texts, a text of the scenario's
/// quick-text library when it has one; the visitor's first message opens the chat), picked by
/// hashing the chat's number and the message's position, so that the same chat always reads the
/// same and neighbouring chats read differently.
enum TranscriptBody {
    /// Appends the line of `message`, the `index`-th of chat number `chat` that started at
    /// `start`, to `bytes`; `opening` for the visitor's first message.
    static func appendLine(_ message: TranscriptMessage, index: Int, opening: Bool, ofChat chat: Int,
                           since start: Double, catalog: RecordCatalog, to bytes: inout [UInt8]) {
        let phrases = message.kind == .quickText && !catalog.quickTextsInHTML.isEmpty
            ? catalog.quickTextsInHTML : (opening ? openers : Self.phrases(message.kind))
        appendLine(at: message.time - start, sender: message.agent.map { catalog.agentNamesInHTML[$0] } ?? "Visitor",
                   text: phrases[pick(chat: chat, index: index, among: phrases.count)], to: &bytes)
    }

    /// Appends the line of the `index`-th supervisor whisper of chat number `chat` that started at
    /// `start`, whispered at `time` (`SupervisorTranscriptBody`), to `bytes`.
    static func appendWhisperLine(index: Int, ofChat chat: Int, at time: Double, since start: Double,
                                  to bytes: inout [UInt8]) {
        appendLine(at: time - start, sender: "Supervisor",
                   text: whispers[pick(chat: chat, index: index, among: whispers.count)], to: &bytes)
    }

    /// A phrase number in `0 ..< count` for message `index` of chat `chat`: SplitMix64's finalizer
    /// over both numbers.
    static func pick(chat: Int, index: Int, among count: Int) -> Int {
        let key = UInt64(truncatingIfNeeded: chat) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: index)
        return Int(SplitMix64.finalize(key) % UInt64(count))
    }

    /// Appends `( <elapsed> ) <sender>: <text><br>`.
    private static func appendLine(at elapsed: Double, sender: String, text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "( ".utf8)
        appendElapsed(elapsed, to: &bytes)
        bytes.append(contentsOf: " ) ".utf8)
        bytes.append(contentsOf: sender.utf8)
        bytes.append(contentsOf: ": ".utf8)
        bytes.append(contentsOf: text.utf8)
        bytes.append(contentsOf: "<br>".utf8)
    }

    /// Appends the whole seconds elapsed (rounded down, never negative), as `13s`, `1m 13s` or
    /// `1h 2m 3s`.
    static func appendElapsed(_ seconds: Double, to bytes: inout [UInt8]) {
        let whole = max(0, Int(seconds.rounded(.down)))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        if hours > 0 {
            RecordTime.appendDigits(hours, 1, to: &bytes)
            bytes.append(contentsOf: "h ".utf8)
        }
        if hours > 0 || minutes > 0 {
            RecordTime.appendDigits(minutes, 1, to: &bytes)
            bytes.append(contentsOf: "m ".utf8)
        }
        RecordTime.appendDigits(rest, 1, to: &bytes)
        bytes.append(UInt8(ascii: "s"))
    }

    /// Stock phrases of each kind of message (already HTML-safe).
    static func phrases(_ kind: TranscriptMessage.Kind) -> [String] {
        switch kind {
        case .greeting: greetings
        case .visitor: visitorPhrases
        case .reply: replies
        case .quickText: quickTexts
        case .article: articles
        }
    }

    static let openers = [
        "Hi, I have a question about my order.", "Hello, I cannot log in to my account.",
        "Hi, I was charged twice this month.", "Hello, how do I change my delivery address?",
        "Hi, the app keeps showing an error.", "Hello, I would like to return an item.",
    ]
    static let greetings = ["Hello, thanks for contacting us. How can I help you today?"]
    static let visitorPhrases = [
        "It still does not work.", "I tried that already.",
        "Where can I find that setting?", "OK, thanks.", "Can you check my account please?",
        "That makes sense.", "How long will it take?",
    ]
    static let replies = [
        "Let me check that for you.", "Could you tell me a little more about it?",
        "Thanks, I can see it on my side now.", "Please try it again and tell me what you see.",
        "I have updated it for you.", "Is there anything else I can help with?",
    ]
    static let quickTexts = [
        "Thank you for your patience, I am looking into it.", "One moment please while I check.",
        "Is there anything else I can help you with today?",
    ]
    static let whispers = [
        "Offer the customer the replacement; I approved it.", "Check the order history before answering.",
        "Escalate it to billing if the refund is over the limit.",
    ]
    static let articles = [
        "This knowledge article explains the steps: Article 1042.",
        "Here is an article that should help: Article 2210.",
    ]
}
