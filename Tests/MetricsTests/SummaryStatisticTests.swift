import Testing

@testable import Metrics

/// Replication statistics against hand-computed values (t quantiles from printed tables).
@Suite struct SummaryStatisticTests {
    /// 1…5: mean 3, s² = (4+1+0+1+4)/4 = 2.5, s/√5 = √0.5 = 0.707107; t_{0.975,4} = 2.7764 →
    /// half-width 1.96324; t_{0.9995,4} = 8.6103 → half-width 6.08840.
    @Test func fiveValues() throws {
        let summary = SummaryStatistic([1, 2, 3, 4, 5])
        #expect(summary.count == 5)
        #expect(summary.mean == 3)
        expectClose(summary.standardDeviation, 2.5.squareRoot(), relative: 1e-15)
        let ci95 = try #require(summary.ci95)
        expectClose(ci95.lowerBound, 3 - 1.96324, relative: 0, absolute: 1e-4)
        expectClose(ci95.upperBound, 3 + 1.96324, relative: 0, absolute: 1e-4)
        let ci999 = try #require(summary.confidenceInterval(level: 0.999))
        expectClose(ci999.lowerBound, 3 - 6.08840, relative: 0, absolute: 1e-4)
        expectClose(ci999.upperBound, 3 + 6.08840, relative: 0, absolute: 1e-4)
        #expect(summary.confidenceInterval(level: 0.95) == ci95)
    }

    /// 2 and 4: mean 3, s = √2, s/√2 = 1; t_{0.975,1} = 12.7062; t_{0.95,1} = 6.3138 (90 % level).
    @Test func twoValues() throws {
        let summary = SummaryStatistic([4, 2])
        let ci95 = try #require(summary.ci95)
        expectClose(ci95.lowerBound, 3 - 12.7062, relative: 0, absolute: 1e-4)
        expectClose(ci95.upperBound, 3 + 12.7062, relative: 0, absolute: 1e-4)
        let ci90 = try #require(summary.confidenceInterval(level: 0.90))
        expectClose(ci90.upperBound, 3 + 6.3138, relative: 0, absolute: 1e-4)
    }

    /// NaN replications are skipped: {10, NaN, 14, 12, NaN} uses 10, 12, 14: mean 12, s = 2,
    /// s/√3 = 1.154701, t_{0.975,2} = 4.3027 → half-width 4.96833.
    @Test func skipsNaN() throws {
        let summary = SummaryStatistic([10, .nan, 14, 12, .nan])
        #expect(summary.count == 3)
        #expect(summary.mean == 12)
        expectClose(summary.standardDeviation, 2, relative: 1e-15)
        let ci95 = try #require(summary.ci95)
        expectClose(ci95.upperBound, 12 + 4.96833, relative: 0, absolute: 1e-4)
    }

    @Test func singleValueHasNoInterval() {
        let summary = SummaryStatistic([.nan, 7.5])
        #expect(summary == SummaryStatistic([7.5]))
        #expect(summary.count == 1)
        #expect(summary.mean == 7.5)
        #expect(summary.standardDeviation == nil)
        #expect(summary.ci95 == nil)
    }

    @Test func noValues() {
        for summary in [SummaryStatistic([]), SummaryStatistic([.nan, .nan])] {
            #expect(summary.count == 0)
            #expect(summary.mean == nil)
            #expect(summary.standardDeviation == nil)
            #expect(summary.ci95 == nil)
        }
    }

    /// Equal values (not exactly representable ones, too) give exactly zero spread and a zero-width interval.
    @Test func equalValuesGiveZeroWidth() {
        for value in [0.1, 2.0 / 3, 1e9 + 0.3] {
            let summary = SummaryStatistic(Array(repeating: value, count: 7))
            #expect(summary.mean == value)
            #expect(summary.standardDeviation == 0)
            #expect(summary.ci95 == value...value)
        }
    }

    /// An infinite replication value leaves no meaningful interval.
    @Test func infiniteValueGivesNoInterval() {
        #expect(SummaryStatistic([1, .infinity, 3]).ci95 == nil)
    }

    /// Intervals are cut to the values the measure can take; the half-width (the precision the
    /// sequential stopping rule looks at) is not. 0.9 and 1.0: mean 0.95, s/√2 = 0.05,
    /// t_{0.975,1} = 12.706 → half-width 0.6353.
    @Test func intervalsAreCutToTheFeasibleRange() throws {
        let share = SummaryStatistic([0.9, 1.0]).within(0...1)
        let interval = try #require(share.ci95)
        #expect(abs(interval.lowerBound - 0.31469) < 1e-4 && interval.upperBound == 1)
        #expect(abs(try #require(share.halfWidth(level: 0.95)) - 0.63531) < 1e-4)
        let unbounded = try #require(SummaryStatistic([0.9, 1.0]).ci95)
        #expect(abs(unbounded.upperBound - 1.58531) < 1e-4 && abs(unbounded.lowerBound - 0.31469) < 1e-4)
        let narrow = try #require(SummaryStatistic([0.4, 0.5, 0.6]).within(0...1).ci95)
        #expect(narrow == (try #require(SummaryStatistic([0.4, 0.5, 0.6]).ci95)), "inside the range: unchanged")
        #expect(SummaryStatistic([2, 3]).within(0 ... .infinity).ci95?.lowerBound == 0)
    }

    @Test func sharesAreBoundedAndOtherMeasuresStartAtZero() {
        #expect(SummaryMetric.serviceLevel.feasibleRange == 0...1 && SummaryMetric.concurrency3.feasibleRange == 0...1)
        #expect(SummaryMetric.utilization.feasibleRange == 0 ... .infinity, "transfers may exceed capacity")
        #expect(SummaryMetric.meanWait.feasibleRange == 0 ... .infinity)
        #expect(WorkMetric.occupancy.feasibleRange == 0...1 && WorkMetric.loggedInHours.feasibleRange == 0 ... .infinity)
    }
}
