/// Why a comparison cannot run: bad files or options, or variants that are not comparable. Each
/// line of the description is one problem.
public struct CompareJobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, one per line.
    public let problems: [String]

    /// An error with one or more problems.
    public init(_ problems: [String]) {
        precondition(!problems.isEmpty, "an error has at least one problem")
        self.problems = problems
    }

    /// An error with a single problem.
    public init(_ problem: String) {
        self.init([problem])
    }

    public var description: String { problems.joined(separator: "\n") }
}
