import Metrics
import Testing

@Suite struct WaitHistogramTests {
    @Test func percentilesAreWithinOnePerCent() {
        var histogram = WaitHistogram()
        for value in 1...1000 { histogram.record(seconds: Double(value)) }
        #expect(histogram.count == 1000)
        for (percent, exact) in [(50.0, 500.0), (90, 900), (99, 990)] {
            let estimate = histogram.percentile(percent)!
            #expect(abs(estimate - exact) <= 0.01 * exact, "p\(percent): \(estimate)")
        }
        #expect(WaitHistogram().percentile(50) == nil)
    }

    @Test func zeroWaitsAndVeryLongWaitsAreKept() {
        var histogram = WaitHistogram()
        for _ in 0..<9 { histogram.record(seconds: 0) }
        histogram.record(seconds: 30 * 86_400)
        #expect(histogram.percentile(50) == 0)
        let longest = histogram.percentile(100)!
        #expect(abs(longest - WaitHistogram.longestWait) <= 0.01 * WaitHistogram.longestWait, "clamped to a week")
    }

    @Test func sharesSplitTheWaitsIntoBins() {
        var histogram = WaitHistogram()
        for value in [0.0, 5, 15, 25, 100] { histogram.record(seconds: value) }
        let shares = histogram.shares(upTo: [10, 20, 60])
        #expect(shares == [0.4, 0.2, 0.2, 0.2])
        var merged = histogram
        merged.add(histogram)
        #expect(merged.count == 10 && merged.shares(upTo: [10, 20, 60]) == shares)
    }

    @Test func aggregateKeepsPercentilesPerRowAndPoolsTheWaits() {
        let grid = IntervalGrid(length: 600, horizon: 1200, warmup: 0)
        var aggregate = ReplicationAggregate(grid: grid, buttonSkills: [0, 0], agentCount: 1)
        for replication in 0..<2 {
            var recorder = ReplicationRecorder(grid: grid, buttonCount: 2, agentCount: 1, serviceLevelThreshold: 20)
            for index in 0..<100 {
                let request = Double(index) * 12
                let button = index % 2
                recorder.recordOffered(button: button, requestTime: request)
                if index % 10 == 9 {
                    recorder.recordAbandoned(button: button, requestTime: request, at: request + 60)
                } else {
                    recorder.recordAccepted(button: button, requestTime: request,
                                            at: request + Double(replication * 10 + button), agent: 0, group: 0)
                }
            }
            aggregate.add(recorder.finish())
        }
        // Button 1 has 40 accepted chats (1 s, then 11 s) and 10 abandoned (60 s) per replication:
        // medians 1 s and 11 s, read to the histogram's 1 % resolution.
        let median = aggregate.statistic(.waitP50, in: .button(1)).mean!
        #expect(abs(median - 6) <= 0.06, "\(median)")
        #expect(aggregate.statistic(.abandonedAfterP50, in: .total).mean == 60)
        #expect(aggregate.statistic(.waitP99, in: .cell(interval: 0, button: 0)).count == 0)
        let pooled = aggregate.pooledWaits(in: .interval(0))!
        #expect(pooled.count == 100, "50 requests per interval in each of 2 replications")
        #expect(aggregate.pooledWaits(in: .total, abandonedOnly: true)?.count == 20)
    }
}
