import Testing
import ScenarioFiles

struct DurationExpressionTests {
    @Test(arguments: [
        ("90s", 90.0), ("5m", 300), ("5min", 300), ("1h30m", 5400), ("1h 30m", 5400), ("1.5h", 5400),
        ("250ms", 0.25), ("2d", 172_800), ("1d2h3m4s5ms", 93_784.005), ("0s", 0), (" 8h ", 28_800),
        ("2m0.5s", 120.5),
    ])
    func readsEveryUnitForm(text: String, seconds: Double) throws {
        #expect(try DurationExpression.parse(text) == seconds)
    }

    @Test func bareNumberAsksForAUnit() {
        #expect(throws: ExpressionError(
            message: "expected a duration like 90s, 5m or 1h30m, found \"90\"; add a unit, like 90s, 90m or 90h",
            offset: 0)
        ) { try DurationExpression.parse("90") }
    }

    @Test(arguments: [
        ("1h30", "expected a unit after 30 (d, h, m or min, s, ms), found the end of the text", 4),
        ("5x", "expected a unit after 5 (d, h, m or min, s, ms), found \"x\"", 1),
        ("30m1h", "expected units from largest to smallest, each at most once, like 1h30m, found \"30m1h\"", 3),
        ("5m5m", "expected units from largest to smallest, each at most once, like 1h30m, found \"5m5m\"", 2),
        ("-5m", "expected a duration like 90s, 5m or 1h30m, found \"-5m\"", 0),
        ("", "expected a duration like 90s, 5m or 1h30m, found the end of the text", 0),
    ])
    func rejectsMalformedDurations(text: String, message: String, offset: Int) {
        #expect(throws: ExpressionError(message: message, offset: offset)) { try DurationExpression.parse(text) }
    }
}
