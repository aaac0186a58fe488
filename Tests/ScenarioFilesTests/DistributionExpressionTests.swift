import Stochastics
import Testing
import ScenarioFiles

struct DistributionExpressionTests {
    @Test(arguments: [
        ("exponential(mean: 2m)", Distribution.exponential(mean: 120)),
        ("lognormal(mean: 90s, sd: 60s)", .lognormal(mean: 90, sd: 60)),
        ("lognormal(sd: 60s, mean: 90s)", .lognormal(mean: 90, sd: 60)),
        ("gamma(shape: 2, mean: 3m)", .gamma(shape: 2, mean: 180)),
        ("weibull(shape: 1.5, scale: 2m)", .weibull(shape: 1.5, scale: 120)),
        ("erlang(k: 3, mean: 6m)", .erlang(k: 3, mean: 360)),
        ("uniform(min: 10s, max: 30s)", .uniform(min: 10, max: 30)),
        ("triangular(min: 10s, mode: 20s, max: 1m)", .triangular(min: 10, mode: 20, max: 60)),
        ("constant(45s)", .constant(45)),
        ("empirical([30s, 1m, 2m])", .empirical([30, 60, 120])),
        ("  exponential( mean : 1h 30m )  ", .exponential(mean: 5400)),
    ])
    func readsEveryForm(text: String, distribution: Distribution) throws {
        #expect(try DistributionExpression.parse(text) == distribution)
    }

    @Test(arguments: [
        ("expo(mean: 2m)",
         "expected a distribution name (exponential, lognormal, gamma, weibull, erlang, uniform, triangular, constant, empirical), found \"expo\"",
         0),
        ("exponental(mean: 2m)",
         "expected a distribution name (exponential, lognormal, gamma, weibull, erlang, uniform, triangular, constant, empirical), found \"exponental\"; did you mean \"exponential\"?",
         0),
        ("2m", "expected a distribution like exponential(mean: 2m), found \"2m\"; for a fixed time, write constant(2m)", 0),
        ("often", "expected a distribution like exponential(mean: 2m), found \"often\"", 0),
        ("lognormal(mean: 90s)",
         "expected a value for sd, like lognormal(mean: 90s, sd: 60s), found \"lognormal(mean: 90s)\"", 19),
        ("lognormal(mean: 90s, sigma: 60s)",
         "expected a parameter of lognormal (mean, sd), found \"sigma\"", 21),
        ("weibull(shape: 1.5, scael: 2m)",
         "expected a parameter of weibull (shape, scale), found \"scael\"; did you mean \"scale\"?", 20),
        ("exponential(mean: 1m, mean: 2m)", "expected each parameter once, found \"mean\" twice", 22),
        ("exponential(mean: 2)",
         "mean: expected a duration like 90s, 5m or 1h30m, found \"2\"; add a unit, like 2s, 2m or 2h", 18),
        ("gamma(shape: 2m, mean: 3m)", "shape: expected a plain number like 1.5, found \"2m\"", 13),
        ("erlang(k: 2.5, mean: 3m)", "k: expected a whole number like 3, found \"2.5\"", 10),
        ("exponential(2m)", "expected labeled parameters, like exponential(mean: 2m), found \"exponential(2m)\"", 12),
        ("constant(value: 45s)",
         "expected a single unlabeled value, like constant(45s), found \"constant(value: 45s)\"", 9),
        ("empirical(30s)", "empirical: expected a list of durations like [30s, 1m, 2m], found \"30s\"", 10),
        ("empirical([30s, 1])",
         "empirical: expected a duration like 90s, 5m or 1h30m, found \"1\"; add a unit, like 1s, 1m or 1h", 16),
        ("exponential(mean: [1m])", "mean: expected a duration like 90s, 5m or 1h30m, found a list", 18),
        ("exponential(mean: 2m", "expected \",\" or \")\", found the end of the text", 20),
        ("exponential(mean: 2m) x", "expected nothing after \")\", found \"x\"", 22),
        ("exponential(mean: )", "expected a value, found \")\"", 18),
        ("uniform(min: 30s, max: 10s)", "uniform: min must be below max (found min 30.0, max 10.0)", 0),
        ("exponential(mean: 0s)", "exponential: mean must be a positive, finite number (found 0.0)", 0),
        ("erlang(k: 0, mean: 1m)", "erlang: k must be a whole number ≥ 1 (found 0)", 0),
    ])
    func reportsWhatIsWrongAndWhere(text: String, message: String, offset: Int) {
        #expect(throws: ExpressionError(message: message, offset: offset)) { try DistributionExpression.parse(text) }
    }
}
