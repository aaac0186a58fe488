import ContactCenter
internal import Yams

/// The state of decoding one document: the issues found so far, and where each field was met,
/// so that problems found later in the decoded scenario can be located too.
final class DecodingSession {
    /// The file, as named in issues.
    let fileName: String
    /// The document being decoded.
    let document: ParsedDocument
    /// Issues in the order they were found.
    private(set) var issues: [ScenarioFileIssue] = []
    /// Position of the value of each field met, by path.
    private var fieldPositions: [String: SourcePosition] = [:]

    init(fileName: String, document: ParsedDocument) {
        self.fileName = fileName
        self.document = document
    }

    /// Decodes the root of the document with `decoder`; `nil` when anything was reported.
    func decodeRoot<Value>(_ decoder: FieldDecoder<Value>) -> Value? {
        guard let root = document.root else {
            issues.append(issue(at: nil, path: FieldPath(), "expected \(decoder.expected), found nothing"))
            return nil
        }
        let value = decoder.decode(Field(node: root, path: FieldPath(), session: self))
        return issues.isEmpty ? value : nil
    }

    /// Records the issue `message` about the field at `path`, found at `position`.
    func report(_ message: String, path: FieldPath, at position: SourcePosition?) {
        issues.append(issue(at: position, path: path, message))
    }

    /// Remembers that the value of the field at `path` is at `position`.
    func remember(_ path: FieldPath, at position: SourcePosition?) {
        fieldPositions[path.description] = position
    }

    /// The issues found, in file order; issues without a position come first.
    var issuesInFileOrder: [ScenarioFileIssue] {
        issues.enumerated().sorted { a, b in
            let keyA = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let keyB = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
    }

    /// The issue for a problem of the decoded scenario, located at its field, or at the nearest
    /// enclosing field met in the file.
    func issue(for problem: ScenarioProblem) -> ScenarioFileIssue {
        var path = Substring(problem.path)
        var position = fieldPositions[problem.path]
        while position == nil, let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
            path = path[..<cut]
            position = fieldPositions[String(path)]
        }
        return ScenarioFileIssue(file: fileName, position: position, path: problem.path, message: problem.message)
    }

    private func issue(at position: SourcePosition?, path: FieldPath, _ message: String) -> ScenarioFileIssue {
        ScenarioFileIssue(file: fileName, position: position, path: path.description, message: message)
    }
}
