internal import Yams

/// A file that is not well-formed YAML or JSON: the parser's complaint and where it arose.
struct SyntaxError: Error {
    /// Where the parser stopped, in the author's text, when known.
    let position: SourcePosition?
    /// What the parser found wrong, prefixed with the notation (`YAML syntax error: …`).
    let message: String

    init(position: SourcePosition?, message: String) {
        self.position = position
        self.message = message
    }

    /// Translates an error thrown by Yams while parsing `format`, mapping positions through `columns`.
    init(_ error: any Error, format: ScenarioFormat, columns: ColumnMap) {
        let prefix = "\(format.name) syntax error: "
        func original(_ mark: Yams.Mark) -> SourcePosition {
            columns.locate(SourcePosition(line: mark.line, column: mark.column)).original
        }
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let during = context.map {
                let start = original($0.mark)
                return " (\($0.text) at line \(start.line), column \(start.column))"
            }
            self.init(position: original(mark), message: prefix + problem + (during ?? ""))
        case YamlError.reader(let problem, let offset, _, let yaml):
            let position = offset.flatMap { Self.position(ofCharacter: $0, in: yaml) }
            self.init(position: position.map { columns.locate($0).original }, message: prefix + problem)
        default:
            self.init(position: nil, message: prefix + String(describing: error))
        }
    }

    /// The line and column of the character at `offset` (counted in characters) in `text`.
    private static func position(ofCharacter offset: Int, in text: String) -> SourcePosition? {
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        let before = text[..<index].unicodeScalars
        let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
        return SourcePosition(
            line: before.count { $0 == "\n" } + 1, column: before.distance(from: lineStart, to: before.endIndex) + 1)
    }
}
