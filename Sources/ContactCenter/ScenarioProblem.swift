/// Something that makes a scenario impossible or meaningless to run, located by its field path
/// (`agents[1].capacity`), with what was expected.
public struct ScenarioProblem: Sendable, Equatable, CustomStringConvertible {
    /// Field path in the scenario file's terms, e.g. `buttons[0].skill`.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a problem report.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
