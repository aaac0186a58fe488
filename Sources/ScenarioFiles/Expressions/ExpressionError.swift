/// Why a duration, rate or distribution expression could not be read, and where.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, phrased as what was expected and what was found.
    public let message: String
    /// Where the problem starts, in Unicode scalars from the start of the expression text.
    public let offset: Int

    /// Creates an error with a complete message.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// Creates the error `expected <expected>, found "<found>"`, optionally followed by `; <hint>`.
    init(expected: String, found: String, hint: String? = nil, offset: Int = 0) {
        let message = "expected \(expected), found \(Quoted(found))"
        self.init(message: hint.map { "\(message); \($0)" } ?? message, offset: offset)
    }

    /// The same error, seen from a larger text in which the expression starts at `start`,
    /// with `context` (such as a parameter name) put in front of the message.
    func embedded(at start: Int, context: String) -> ExpressionError {
        ExpressionError(message: "\(context): \(message)", offset: start + offset)
    }

    /// The message.
    public var description: String { message }
}

/// A piece of user text shown in a message: in double quotes, or "the end of the text" when empty.
struct Quoted: CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }

    var description: String { text.isEmpty ? "the end of the text" : "\"\(text)\"" }
}
