/// The lexical scan behind ``CallExpressionQuoting``: finds, line by line, the unquoted YAML values
/// that are exactly a call expression `identifier( … )`.
///
/// It knows just enough YAML to never look inside comments, quoted scalars or block scalars, and
/// to tell block context from flow context (`{…}`, `[…]`), across lines.
struct CallExpressionFinder {
    /// What the next non-blank scalar may be.
    private enum Expectation {
        /// The start of a node that is not a value (the start of a line in block context).
        case node
        /// The start of a value: after `key: ` or `- `, and in flow after `{`, `[`, `,` or `key: `.
        case value
        /// Inside a plain scalar, or after a flow collection or a quoted call.
        case plain
        /// Right after a quoted scalar, where `:` is a value indicator in flow even without a blank after it.
        case afterQuoted
    }

    /// How many flow collections are open.
    private var flowDepth = 0
    /// The opening quote of a quoted scalar that continues on the next line.
    private var openQuote: Unicode.Scalar?
    /// Inside a block scalar: its content lines are the blank ones and those indented deeper than this.
    private var blockScalarParentIndent: Int?
    /// In flow context, whether the previous line ended where a value may start.
    private var valueExpectedAtLineStart = false

    /// The ranges (scalar offsets) of the call expressions to quote in `line`, the next line of the
    /// text, without its line break.
    mutating func calls(in line: [Unicode.Scalar]) -> [Range<Int>] {
        let end = line.last == "\r" ? line.count - 1 : line.count
        let indent = line.prefix { $0 == " " }.count
        if let parentIndent = blockScalarParentIndent {
            if indent > parentIndent || line[..<end].allSatisfy(\.isBlank) { return [] }
            blockScalarParentIndent = nil
        }
        var i = 0
        var expect = flowDepth > 0 && valueExpectedAtLineStart ? Expectation.value : .node
        if let quote = openQuote {
            guard let after = Self.endOfQuotedScalar(opening: quote, in: line, from: 0, end: end) else { return [] }
            openQuote = nil
            i = after
            expect = .afterQuoted
        }
        var calls: [Range<Int>] = []
        var tokenStart = i  // start of the latest scalar, which becomes a key when `:` follows
        var parentIndent = indent  // indentation a block scalar's content must exceed
        while i < end {
            let scalar = line[i]
            if scalar.isBlank {
                i += 1
                continue
            }
            if scalar == "#", i == 0 || line[i - 1].isBlank { break }
            if expect == .node || expect == .value {
                if expect == .value, let callEnd = callEnd(in: line, from: i, end: end) {
                    calls.append(i..<callEnd)
                    i = callEnd
                    expect = .plain
                    continue
                }
                if flowDepth == 0, scalar == "-", i + 1 == end || line[i + 1].isBlank {
                    parentIndent = i
                    i += 1
                    expect = .value
                    continue
                }
                if flowDepth == 0, expect == .value, scalar == "|" || scalar == ">" {
                    blockScalarParentIndent = parentIndent
                    return calls
                }
                tokenStart = i
                if scalar == "\"" || scalar == "'" {
                    guard let after = Self.endOfQuotedScalar(opening: scalar, in: line, from: i + 1, end: end) else {
                        openQuote = scalar
                        return calls
                    }
                    i = after
                    expect = .afterQuoted
                    continue
                }
                if scalar == "[" || scalar == "{" {
                    flowDepth += 1
                    i += 1
                    expect = .value
                    continue
                }
                expect = .plain
            }
            if scalar == ":", isValueIndicator(in: line, at: i, end: end, afterQuoted: expect == .afterQuoted) {
                parentIndent = tokenStart
                i += 1
                expect = .value
                continue
            }
            if flowDepth > 0 {
                switch scalar {
                case ",":
                    expect = .value
                case "[", "{":
                    flowDepth += 1
                    expect = .value
                case "]", "}":
                    flowDepth -= 1
                    expect = .plain
                default:
                    expect = .plain
                }
            } else {
                expect = .plain
            }
            i += 1
        }
        valueExpectedAtLineStart = expect == .value
        return calls
    }

    /// Whether the `:` at `i` separates a key from its value.
    private func isValueIndicator(in line: [Unicode.Scalar], at i: Int, end: Int, afterQuoted: Bool) -> Bool {
        guard i + 1 < end else { return true }
        let next = line[i + 1]
        return next.isBlank || flowDepth > 0 && (afterQuoted || ",]}".unicodeScalars.contains(next))
    }

    /// The end of the call expression starting at `start`, if the value there is exactly one:
    /// `identifier(`, balanced parentheses without a ` #` comment, then only blanks up to the end
    /// of the line, a ` #` comment or, in flow context, `,` `]` `}`.
    private func callEnd(in line: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        guard line[start].isIdentifierHead else { return nil }
        var i = start
        while i < end, line[i].isIdentifierBody { i += 1 }
        guard i < end, line[i] == "(" else { return nil }
        var depth = 0
        repeat {
            switch line[i] {
            case "(": depth += 1
            case ")": depth -= 1
            case "#" where line[i - 1].isBlank: return nil
            default: break
            }
            i += 1
        } while depth > 0 && i < end
        guard depth == 0 else { return nil }
        let callEnd = i
        while i < end, line[i].isBlank { i += 1 }
        if i == end { return callEnd }
        if line[i] == "#" { return i > callEnd ? callEnd : nil }
        return flowDepth > 0 && ",]}".unicodeScalars.contains(line[i]) ? callEnd : nil
    }

    /// The offset just past the closing quote of a quoted scalar opened by `opening` (`"` or `'`),
    /// scanning `line` from `start`; `nil` when the scalar continues on the next line.
    static func endOfQuotedScalar(
        opening: Unicode.Scalar, in line: [Unicode.Scalar], from start: Int, end: Int
    ) -> Int? {
        var i = start
        while i < end {
            if opening == "\"", line[i] == "\\" {
                i += 2
            } else if line[i] != opening {
                i += 1
            } else if opening == "'", i + 1 < end, line[i + 1] == "'" {
                i += 2
            } else {
                return i + 1
            }
        }
        return nil
    }
}
