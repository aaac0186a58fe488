/// One thing wrong with a scenario file, located as precisely as known, in the form
/// `file:line:column: path: message`.
public struct ScenarioFileIssue: Sendable, Equatable, CustomStringConvertible {
    /// The file, as given to the loader.
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// 1-based column, counted in Unicode scalars, when known.
    public let column: Int?
    /// Field path in the file's own key names (`agents[1].capacity`); empty when the issue concerns
    /// the file as a whole (it cannot be read, or it is not well-formed).
    public let path: String
    /// What was expected and what was found.
    public let message: String

    init(file: String, position: SourcePosition?, path: String, message: String) {
        self.file = file
        self.line = position?.line
        self.column = position?.column
        self.path = path
        self.message = message
    }

    /// `file:line:column: path: message`, leaving out what is unknown or empty.
    public var description: String {
        var location = file
        if let line, let column { location += ":\(line):\(column)" }
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}
