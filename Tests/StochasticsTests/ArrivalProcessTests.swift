import CGSL
import Testing

@testable import Stochastics

/// Arrival counts per interval over many independent replications.
private struct CountTable {
    let intervals: [(from: Double, to: Double)]
    /// counts[interval][replication]
    var counts: [[Int]]
    var allTimes: [Double] = []

    init(
        profile: RateProfile, horizon: Double, intervals: [(from: Double, to: Double)], replications: Int,
        name: String, check: (_ times: [Double]) -> Void
    ) {
        self.intervals = intervals
        counts = Array(repeating: Array(repeating: 0, count: replications), count: intervals.count)
        for replication in 0..<replications {
            let stream = RandomStream(seed: 20_240_611, name: name, replication: replication)
            var process = ArrivalProcess(profile: profile)
            var times: [Double] = []
            var time = 0.0
            while let next = process.next(after: time, stream: stream), next < horizon {
                times.append(next)
                time = next
            }
            check(times)
            for (index, interval) in intervals.enumerated() {
                counts[index][replication] = times.count(where: { $0 >= interval.from && $0 < interval.to })
            }
            allTimes.append(contentsOf: times)
        }
    }

    /// Each interval's mean count lies in its CI around the expected count (Poisson variance), and
    /// its index of dispersion passes the two-sided chi-square test; Bonferroni over intervals, so
    /// the whole family holds at 99.9 %.
    func expectPoisson(_ profile: RateProfile, sourceLocation: SourceLocation = #_sourceLocation) {
        let checks = Double(intervals.filter { profile.expectedArrivals(from: $0.from, to: $0.to) > 0 }.count)
        let level = alpha / (2 * checks)
        let z = normalQuantile(twoSided: level)
        for (index, interval) in intervals.enumerated() {
            let expected = profile.expectedArrivals(from: interval.from, to: interval.to)
            let sample = counts[index]
            let replications = Double(sample.count)
            let mean = Double(sample.reduce(0, +)) / replications
            if expected == 0 {
                #expect(mean == 0, "arrivals in \(interval) where the rate is 0", sourceLocation: sourceLocation)
                continue
            }
            #expect(
                abs(mean - expected) <= z * (expected / replications).squareRoot(),
                "interval \(interval): mean count \(mean), expected \(expected)", sourceLocation: sourceLocation)
            let dispersion = sample.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / mean
            let p = twoSidedChiSquarePValue(dispersion, degreesOfFreedom: sample.count - 1)
            #expect(
                p >= level,
                "interval \(interval): index of dispersion \(dispersion / (replications - 1)), p = \(p)",
                sourceLocation: sourceLocation)
        }
    }
}

private func expectStrictlyIncreasing(_ times: [Double], after start: Double = 0) {
    var previous = start
    for time in times {
        #expect(time > previous)
        previous = time
    }
}

@Suite("ArrivalProcess: exact non-homogeneous Poisson arrivals")
struct ArrivalProcessTests {
    @Test("constant rate: Poisson counts per interval and exponential gaps")
    func constantRate() {
        let profile = RateProfile(constantRatePerSecond: 0.05)
        let intervals = (0..<12).map { (from: Double($0) * 600, to: Double($0 + 1) * 600) }
        var gaps: [Double] = []
        let table = CountTable(
            profile: profile, horizon: 7_200, intervals: intervals, replications: 400, name: "test/arrivals/constant"
        ) { times in
            expectStrictlyIncreasing(times)
            if gaps.count < 20_000 { gaps.append(contentsOf: zip(times, [0] + times).map { $0 - $1 }) }
        }
        table.expectPoisson(profile)
        let exponential = Distribution.exponential(mean: 20)
        let d = kolmogorovSmirnovStatistic(gaps) { exponential.cdf($0) }
        #expect(kolmogorovSmirnovPValue(statistic: d, count: gaps.count) >= alpha)
    }

    /// A late start, a zero-rate piece in the middle, and a last piece that holds forever.
    static let dayProfile = RateProfile(pieces: [
        (start: 600, ratePerSecond: 0.03),
        (start: 1_200, ratePerSecond: 0.08),
        (start: 1_800, ratePerSecond: 0),
        (start: 2_700, ratePerSecond: 0.05),
        (start: 3_300, ratePerSecond: 0.02),
    ])

    @Test("piecewise rate with a zero-rate piece: Poisson counts, arrivals only where the rate is positive")
    func piecewiseRate() {
        let profile = Self.dayProfile
        let intervals: [(from: Double, to: Double)] = [
            (0, 600), (600, 1_200), (1_200, 1_800), (1_800, 2_700), (2_700, 3_300), (3_300, 4_200),
            (900, 1_500), (1_500, 3_000), (1_790, 2_710),  // straddling piece boundaries
        ]
        let table = CountTable(
            profile: profile, horizon: 4_200, intervals: intervals, replications: 400, name: "test/arrivals/day"
        ) { times in
            expectStrictlyIncreasing(times)
        }
        #expect(table.allTimes.allSatisfy { profile.rate(at: $0) > 0 })
        #expect(profile.expectedArrivals(from: 1_790, to: 2_710) == 0.08 * 10 + 0.05 * 10)
        table.expectPoisson(profile)
    }

    @Test("a profile ending at rate 0: Poisson total, then nil for ever, without drawing")
    func finiteProfile() {
        let profile = RateProfile(pieces: [(start: 0, ratePerSecond: 0.1), (start: 100, ratePerSecond: 0)])
        #expect(profile.endOfArrivals == 100)
        let table = CountTable(
            profile: profile, horizon: .infinity, intervals: [(0, 100), (100, .infinity)], replications: 2_000,
            name: "test/arrivals/finite"
        ) { times in
            expectStrictlyIncreasing(times)
            #expect(times.allSatisfy { $0 < 100 })
        }
        table.expectPoisson(profile)

        let stream = RandomStream(seed: 5, name: "test/arrivals/finite/draws", replication: 0)
        let twin = RandomStream(seed: 5, name: "test/arrivals/finite/draws", replication: 0)
        var process = ArrivalProcess(profile: profile)
        #expect(process.next(after: 100, stream: stream) == nil)
        #expect(process.next(after: 1e9, stream: stream) == nil)
        #expect(process.next(after: .infinity, stream: stream) == nil)
        #expect(stream.uniform() == twin.uniform())  // nothing was drawn
    }

    @Test("no positive rate at all: nil at once, without drawing")
    func silentProfiles() {
        let stream = RandomStream(seed: 5, name: "test/arrivals/silent", replication: 0)
        let twin = RandomStream(seed: 5, name: "test/arrivals/silent", replication: 0)
        for profile in [RateProfile(pieces: []), RateProfile(constantRatePerSecond: 0),
                        RateProfile(pieces: [(start: 10, ratePerSecond: 0), (start: 20, ratePerSecond: 0)])] {
            var process = ArrivalProcess(profile: profile)
            #expect(process.next(after: 0, stream: stream) == nil)
            #expect(process.next(after: -5, stream: stream) == nil)
            #expect(profile.endOfArrivals == -.infinity)
        }
        #expect(stream.uniform() == twin.uniform())
    }

    @Test("inversion of the cumulative intensity, checked by hand")
    func exactInversion() {
        // Rate 1 on [0, 10), 0 on [10, 20), 2 from 20 on.
        let profile = RateProfile(pieces: [
            (start: 0, ratePerSecond: 1), (start: 10, ratePerSecond: 0), (start: 20, ratePerSecond: 2),
        ])
        var process = ArrivalProcess(profile: profile)
        #expect(process.arrival(after: 5, unitExponential: 3) == 8)
        #expect(process.arrival(after: 5, unitExponential: 7) == 21)  // 5 used by 10, 2 more at rate 2
        #expect(process.arrival(after: 12, unitExponential: 1) == 20.5)
        #expect(process.arrival(after: 25, unitExponential: 4) == 27)
        #expect(process.arrival(after: -3, unitExponential: 0.5) == 0.5)
        // Going back in time after a later query works the same.
        #expect(process.arrival(after: 1, unitExponential: 2) == 3)

        // A last piece at 0: what the remaining intensity cannot reach never comes.
        var finite = ArrivalProcess(
            profile: RateProfile(pieces: [(start: 0, ratePerSecond: 0.5), (start: 4, ratePerSecond: 0)]))
        #expect(finite.arrival(after: 1, unitExponential: 1.4) == 3.8)
        #expect(finite.arrival(after: 1, unitExponential: 1.6) == nil)
    }

    @Test("answers do not depend on the remembered piece (any order of queries)")
    func queryOrderDoesNotMatter() {
        let profile = Self.dayProfile
        var reused = ArrivalProcess(profile: profile)
        let order = RandomStream(seed: 9, name: "test/arrivals/order", replication: 0)
        let streamA = RandomStream(seed: 9, name: "test/arrivals/draws", replication: 0)
        let streamB = RandomStream(seed: 9, name: "test/arrivals/draws", replication: 0)
        for _ in 0..<5_000 {
            let time = order.uniform() * 5_000 - 500
            var fresh = ArrivalProcess(profile: profile)
            #expect(reused.next(after: time, stream: streamA) == fresh.next(after: time, stream: streamB))
        }
    }

    @Test("times strictly increase even when gaps are below the spacing of doubles")
    func hugeRates() {
        var process = ArrivalProcess(profile: RateProfile(constantRatePerSecond: 1e12))
        let stream = RandomStream(seed: 1, name: "test/arrivals/huge", replication: 0)
        var time = 1e6
        for _ in 0..<10_000 {
            guard let next = process.next(after: time, stream: stream) else {
                Issue.record("a positive rate must always give an arrival")
                return
            }
            #expect(next > time)
            time = next
        }
    }
}
