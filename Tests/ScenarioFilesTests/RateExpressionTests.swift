import Testing
import ScenarioFiles

struct RateExpressionTests {
    static let unitForms: [(String, Double)] = [
        ("120/h", 120.0 / 3600), ("4.2/min", 4.2 / 60), ("2/m", 2.0 / 60), ("0.5/s", 0.5), ("300/d", 300.0 / 86_400),
        ("0/h", 0),
    ]

    @Test(arguments: unitForms)
    func readsEveryUnitForm(text: String, perSecond: Double) throws {
        #expect(try RateExpression.parse(text) == perSecond)
    }

    @Test(arguments: [
        ("120", "expected a rate like 120/h, 4.2/min or 0.5/s, found \"120\"; add a unit, like 120/h or 120/min", 0),
        ("4.2/week", "expected a time unit after \"/\" (d, h, m or min, s), found \"week\"", 4),
        ("4/ms", "expected a time unit after \"/\" (d, h, m or min, s), found \"ms\"", 2),
        ("4 /h", "expected a rate like 120/h, 4.2/min or 0.5/s, found \"4 /h\"", 1),
        ("4/h x", "expected a rate like 120/h, 4.2/min or 0.5/s, found \"4/h x\"", 4),
        ("fast", "expected a rate like 120/h, 4.2/min or 0.5/s, found \"fast\"", 0),
    ])
    func rejectsMalformedRates(text: String, message: String, offset: Int) {
        #expect(throws: ExpressionError(message: message, offset: offset)) { try RateExpression.parse(text) }
    }
}
