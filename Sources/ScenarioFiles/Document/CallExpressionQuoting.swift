/// The lexical pre-pass that lets authors write distributions unquoted in YAML.
///
/// libyaml rejects a plain scalar containing `: `, so `handleTime: exponential(mean: 2m)` would be
/// a syntax error. Before parsing, every unquoted value that is exactly a call expression
/// `identifier( … )` with balanced parentheses — after `key: ` or `- ` in block context, after `{`,
/// `[`, `,` or `key: ` in flow context — followed only by blanks and then the end of the line, a
/// ` #` comment or (in flow) `,` `}` `]`, is wrapped in single quotes, inner `'` doubled.
/// Comments, quoted scalars and block scalars are never touched, and `name: Team (EMEA) West`
/// stays as it is. Lines keep their numbers; the ``ColumnMap`` maps columns back.
enum CallExpressionQuoting {
    /// `text` with its call expressions quoted, and the map back to the original columns.
    static func apply(to text: String) -> (text: String, columns: ColumnMap) {
        var finder = CallExpressionFinder()
        var columns = ColumnMap()
        var output = String.UnicodeScalarView()
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { output.append("\n") }
            let scalars = Array(line)
            var copied = 0
            for call in finder.calls(in: scalars) {
                output.append(contentsOf: scalars[copied..<call.lowerBound])
                for offset in call where offset == call.lowerBound || scalars[offset] == "'" {
                    columns.recordInsertion(line: index + 1, beforeColumn: offset + 1, count: 1)
                }
                output.append("'")
                for scalar in scalars[call] {
                    output.append(scalar)
                    if scalar == "'" { output.append("'") }
                }
                output.append("'")
                columns.recordInsertion(line: index + 1, beforeColumn: call.upperBound + 1, count: 1)
                copied = call.upperBound
            }
            output.append(contentsOf: scalars[copied...])
        }
        return (String(output), columns)
    }
}
