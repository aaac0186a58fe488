internal import Yams

/// Parses a scenario file's text into a ``ParsedDocument``.
///
/// YAML first goes through ``CallExpressionQuoting``. Yams rejects a whole mapping when a key
/// repeats, which would hide the field path of the mistake; so each time it does, the earlier
/// occurrence of the key is renamed in place to a private-use placeholder of the same length
/// (positions do not move), recorded as a shadowed key, and the text is parsed again. The decoder
/// then reports the later occurrences as duplicates, with their paths.
enum DocumentParser {
    /// How many repeated keys are renamed before giving up with a plain syntax error.
    private static let maximumRenamedKeys = 100

    /// The document in `text`, written in `format`.
    static func parse(_ text: String, format: ScenarioFormat) throws(SyntaxError) -> ParsedDocument {
        let (parsedText, columns) = format == .yaml ? CallExpressionQuoting.apply(to: text) : (text, ColumnMap())
        var lines = parsedText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var shadowedKeys: [SourcePosition: String] = [:]
        while true {
            var yaml = String.UnicodeScalarView()
            yaml.append(contentsOf: lines.joined(separator: ["\n"]))
            do {
                let root = try Yams.compose(yaml: String(yaml))
                return ParsedDocument(root: root, columns: columns, shadowedKeys: shadowedKeys)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let position = SourcePosition(line: context.mark.line, column: context.mark.column)
                let name = duplicates.first ?? ""
                let placeholder = Unicode.Scalar(0xE000 + UInt32(shadowedKeys.count))!
                guard shadowedKeys.count < maximumRenamedKeys,
                    rename(key: name, at: position, in: &lines, to: placeholder)
                else {
                    throw SyntaxError(
                        position: columns.locate(position).original,
                        message: "\(format.name) syntax error: duplicate key \"\(name)\"")
                }
                shadowedKeys[position] = name
            } catch {
                throw SyntaxError(error, format: format, columns: columns)
            }
        }
    }

    /// Overwrites the scalars of key `name` (the text between the quotes when it is quoted) at
    /// `position` with `placeholder`. Returns `false` when the key cannot be found there as written.
    private static func rename(
        key name: String, at position: SourcePosition, in lines: inout [[Unicode.Scalar]],
        to placeholder: Unicode.Scalar
    ) -> Bool {
        let row = position.line - 1, start = position.column - 1
        guard lines.indices.contains(row), lines[row].indices.contains(start) else { return false }
        let line = lines[row]
        let range: Range<Int>
        if line[start] == "\"" || line[start] == "'" {
            guard
                let end = CallExpressionFinder.endOfQuotedScalar(
                    opening: line[start], in: line, from: start + 1, end: line.count)
            else { return false }
            range = start + 1..<end - 1
        } else {
            let written = Array(name.unicodeScalars)
            range = start..<start + written.count
            guard range.upperBound <= line.count, Array(line[range]) == written else { return false }
        }
        guard !range.isEmpty else { return false }
        lines[row].replaceSubrange(range, with: repeatElement(placeholder, count: range.count))
        return true
    }
}
