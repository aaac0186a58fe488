import Testing
@testable import ScenarioFiles

/// The lexical pre-pass quotes unquoted call expressions so that libyaml accepts them, and nothing else.
struct CallExpressionQuotingTests {
    private func quoted(_ text: String) -> String {
        CallExpressionQuoting.apply(to: text).text
    }

    @Test(arguments: [
        ("handleTime: exponential(mean: 2m)", "handleTime: 'exponential(mean: 2m)'"),
        ("  handleTime: exponential(mean: 2m)   # two minutes", "  handleTime: 'exponential(mean: 2m)'   # two minutes"),
        ("- exponential(mean: 1m)", "- 'exponential(mean: 1m)'"),
        ("- - f(x: 1)", "- - 'f(x: 1)'"),
        ("  - patience: f(x: 1)", "  - patience: 'f(x: 1)'"),
        ("\"quoted key\": f(x: 1)", "\"quoted key\": 'f(x: 1)'"),
        ("a: empirical([30s, 1m, 2m])", "a: 'empirical([30s, 1m, 2m])'"),
        ("a: f(g(1), h(2: 3))", "a: 'f(g(1), h(2: 3))'"),
        ("a: f()", "a: 'f()'"),
        ("a: f('x: y')", "a: 'f(''x: y'')'"),
        ("a: f(x: 1)\r\nb: g(y: 2)\r\n", "a: 'f(x: 1)'\r\nb: 'g(y: 2)'\r\n"),
    ])
    func quotesCallsInBlockContext(text: String, expected: String) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("a: {x: f(y: 1), z: [g(w: 2), h()]}", "a: {x: 'f(y: 1)', z: ['g(w: 2)', 'h()']}"),
        ("a: [f(y: 1) , g(w: 2)]", "a: ['f(y: 1)' , 'g(w: 2)']"),
        ("a: {\"x\":f(y: 1)}", "a: {\"x\":'f(y: 1)'}"),
        ("a: [\n  f(y: 1),\n  g(w: 2)\n]", "a: [\n  'f(y: 1)',\n  'g(w: 2)'\n]"),
        ("- {at: 0h, rate: 120/h}", "- {at: 0h, rate: 120/h}"),
    ])
    func quotesCallsInFlowContext(text: String, expected: String) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        "name: Team (EMEA) West",
        "name: f(x) y",
        "name: f (x: 1)",
        "name: say f(x: 1)",
        "a: \"f(x: 1)\"",
        "a: 'f(x: 1)'",
        "# a: f(x: 1)",
        "a: b # f(x: 1)",
        "a: f(x: 1)#c",
        "a: f(x: (1)",
        "a: f(x: 1))",
        "a: f(x # 1)",
        "a: !tag f(x: 1)",
        "url: http://host/f(x)",
        "text: |\n  f(x: 1)\n  a: f(x: 1)",
        "- key: >-\n    b: f(x: 1)\n\n    c: f(x: 1)",
        "a: \"multi\n  b: f(x: 1)\"",
        "a: 'multi\n  b: f(x: 1)'",
        "f(x: 1): a",
        "a: [f(x: 1) y]",
        "a: x, f(y: 1)",
    ])
    func leavesEverythingElseUntouched(text: String) {
        #expect(quoted(text) == text)
    }

    @Test func resumesAfterBlockScalarsAndMultiLineStrings() {
        let text = "- text: |\n    f(x: 1)\n  next: f(x: 1)\nb: \"a\n  c\"\nd: g(y: 2)"
        #expect(quoted(text) == "- text: |\n    f(x: 1)\n  next: 'f(x: 1)'\nb: \"a\n  c\"\nd: 'g(y: 2)'")
    }

    @Test func mapsColumnsBackToTheOriginalText() {
        let (text, columns) = CallExpressionQuoting.apply(to: "a: f('x'), b\nc: g(y: 1) # z")
        #expect(text == "a: f('x'), b\nc: 'g(y: 1)' # z")
        #expect(columns.locate(SourcePosition(line: 2, column: 4)) == (SourcePosition(line: 2, column: 4), true))
        #expect(columns.locate(SourcePosition(line: 2, column: 5)) == (SourcePosition(line: 2, column: 4), false))
        #expect(columns.locate(SourcePosition(line: 2, column: 15)).original == SourcePosition(line: 2, column: 13))
        #expect(columns.locate(SourcePosition(line: 1, column: 8)).original == SourcePosition(line: 1, column: 8))
    }

    @Test func mapsColumnsPastDoubledQuotes() {
        let (text, columns) = CallExpressionQuoting.apply(to: "a: f('x') # z")
        #expect(text == "a: 'f(''x'')' # z")
        #expect(columns.locate(SourcePosition(line: 1, column: 15)).original == SourcePosition(line: 1, column: 11))
        #expect(columns.locate(SourcePosition(line: 1, column: 7)) == (SourcePosition(line: 1, column: 6), true))
        #expect(columns.locate(SourcePosition(line: 1, column: 8)) == (SourcePosition(line: 1, column: 6), false))
        #expect(columns.locate(SourcePosition(line: 1, column: 9)).original == SourcePosition(line: 1, column: 7))
    }
}
