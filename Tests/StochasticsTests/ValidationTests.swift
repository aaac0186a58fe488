import Testing

@testable import Stochastics

@Suite("Validation of distributions and rate profiles")
struct ValidationTests {
    static let valid: [Distribution] = continuousCases.map(\.distribution) + [
        .constant(0), .constant(5), .empirical([0]), .empirical([5]), .uniform(min: 0, max: 1e-9),
        .triangular(min: 2, mode: 2, max: 3), .erlang(k: 1_000_000, mean: 1),
        .lognormal(mean: 1, sd: 1e100), .gamma(shape: 1e-3, mean: 1e6), .weibull(shape: 0.05, scale: 1e3),
    ]

    @Test("sound parameters have no problem", arguments: valid)
    func soundParameters(_ distribution: Distribution) {
        #expect(distribution.parameterProblem == nil)
    }

    static let invalid: [(Distribution, mentions: String)] = [
        (.exponential(mean: 0), "mean"),
        (.exponential(mean: -1), "mean"),
        (.exponential(mean: .nan), "mean"),
        (.exponential(mean: .infinity), "mean"),
        (.lognormal(mean: 0, sd: 1), "mean"),
        (.lognormal(mean: 1, sd: 0), "sd"),
        (.lognormal(mean: 1, sd: -.infinity), "sd"),
        (.lognormal(mean: 1e-300, sd: 1e300), "sd"),  // sigma would overflow
        (.gamma(shape: 0, mean: 1), "shape"),
        (.gamma(shape: 1, mean: -2), "mean"),
        (.gamma(shape: 1e-300, mean: 1e300), "shape"),  // scale would overflow
        (.weibull(shape: -1, scale: 1), "shape"),
        (.weibull(shape: 1, scale: 0), "scale"),
        (.weibull(shape: 1e-3, scale: 1), "shape"),  // Γ(1001): the mean overflows
        (.erlang(k: 0, mean: 1), "k"),
        (.erlang(k: -3, mean: 1), "k"),
        (.erlang(k: 2, mean: 0), "mean"),
        (.uniform(min: -1, max: 1), "min"),
        (.uniform(min: 2, max: 2), "min"),
        (.uniform(min: 3, max: 2), "min"),
        (.uniform(min: 0, max: .infinity), "max"),
        (.triangular(min: 1, mode: 0.5, max: 2), "min ≤ mode"),
        (.triangular(min: 1, mode: 3, max: 2), "min ≤ mode"),
        (.triangular(min: 1, mode: 1, max: 1), "min < max"),
        (.triangular(min: -1, mode: 0, max: 1), "min"),
        (.triangular(min: 0, mode: .nan, max: 1), "mode"),
        (.constant(-1), "value"),
        (.constant(.infinity), "value"),
        (.empirical([]), "at least one"),
        (.empirical([1, 2, -3]), "value 3"),
        (.empirical([1, .nan]), "value 2"),
    ]

    @Test("each bad parameter is reported, naming the culprit", arguments: invalid)
    func badParameters(_ distribution: Distribution, mentions: String) {
        let problem = distribution.parameterProblem
        #expect(problem != nil)
        #expect(problem?.contains(mentions) == true, "\(problem ?? "nil")")
    }

    @Test func rateProfileProblems() {
        typealias Pieces = [(start: Double, ratePerSecond: Double)]
        let sound: [Pieces] = [[], [(0, 0)], [(0, 1)], [(5, 1), (6, 0), (7.5, 2)]]
        for pieces in sound { #expect(RateProfile.problem(pieces: pieces) == nil) }
        let bad: [(Pieces, String)] = [
            ([(-1, 1)], "start"),
            ([(.nan, 1)], "start"),
            ([(.infinity, 1)], "start"),
            ([(0, 1), (0, 2)], "strictly increase"),
            ([(5, 1), (3, 2)], "strictly increase"),
            ([(0, -1)], "rate"),
            ([(0, 1), (1, .infinity)], "piece 2: rate"),
            ([(0, .nan)], "rate"),
        ]
        for (pieces, mention) in bad {
            let problem = RateProfile.problem(pieces: pieces)
            #expect(problem?.contains(mention) == true, "\(pieces): \(problem ?? "nil")")
        }
    }

    @Test func rateProfileQueries() {
        let profile = RateProfile(pieces: [(start: 10, ratePerSecond: 1), (start: 20, ratePerSecond: 0), (start: 30, ratePerSecond: 2)])
        #expect(profile.rate(at: 0) == 0)
        #expect(profile.rate(at: 10) == 1)
        #expect(profile.rate(at: 19.999) == 1)
        #expect(profile.rate(at: 20) == 0)
        #expect(profile.rate(at: 1e9) == 2)
        #expect(profile.endOfArrivals == .infinity)
        #expect(profile.expectedArrivals(from: 0, to: 40) == 10 + 20)
        #expect(profile.expectedArrivals(from: 15, to: 35) == 5 + 10)
        #expect(profile.expectedArrivals(from: 35, to: 15) == 0)
        #expect(profile.expectedArrivals(from: 0, to: .infinity) == .infinity)
        #expect(profile.pieces.map(\.start) == [10, 20, 30])
        #expect(profile.pieces.map(\.ratePerSecond) == [1, 0, 2])
        let doubled = profile.scaled(by: 2)
        #expect(doubled.pieces.map(\.ratePerSecond) == [2, 0, 4])
        #expect(RateProfile(constantRatePerSecond: 0.5) == RateProfile(pieces: [(start: 0, ratePerSecond: 0.5)]))
    }
}
