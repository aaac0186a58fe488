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

    /// Replications hand their exact waits (the zeros only counted) to the aggregate, which pools
    /// them into the same histograms as recording every wait after the warm-up one by one.
    @Test func pooledWaitsAreEveryWaitRecordedAfterTheWarmUp() {
        let grid = IntervalGrid(length: 600, horizon: 1200, warmup: 100)
        var aggregate = ReplicationAggregate(grid: grid, buttonSkills: [0], agentCount: 1)
        var recorder = ReplicationRecorder(grid: grid, buttonSkills: [0], agentCount: 1, serviceLevelThreshold: 20)
        var expectedWaits = WaitHistogram()
        var expectedAbandoned = WaitHistogram()
        for index in 0..<60 {
            let request = Double(index) * 20        // the first five fall in the warm-up
            let wait = Double(index % 4) * 7.5      // every fourth chat is taken at once
            let abandoned = index.isMultiple(of: 5)  // some of them abandoned after no wait
            let cell = recorder.cell(button: 0, requestTime: request)
            if abandoned {
                recorder.recordAbandoned(cell, requestTime: request, at: request + wait)
            } else {
                recorder.recordAccepted(cell, requestTime: request, at: request + wait, agent: 0, group: 0)
            }
            guard request >= grid.warmup else { continue }
            expectedWaits.record(seconds: wait)
            if abandoned { expectedAbandoned.record(seconds: wait) }
        }
        aggregate.add(recorder.finish())
        #expect(aggregate.pooledWaits().count == 55)
        #expect(aggregate.pooledWaits() == expectedWaits)
        #expect(aggregate.pooledWaits(abandonedOnly: true) == expectedAbandoned)
    }

    @Test func aggregateKeepsExactPercentilesPerRowAndPoolsTheWaits() {
        let grid = IntervalGrid(length: 600, horizon: 1200, warmup: 0)
        var aggregate = ReplicationAggregate(grid: grid, buttonSkills: [0, 1], agentCount: 1)
        for replication in 0..<2 {
            var recorder = ReplicationRecorder(grid: grid, buttonSkills: [0, 1], agentCount: 1, serviceLevelThreshold: 20)
            for index in 0..<100 {
                let request = Double(index) * 12
                let button = index % 2
                let cell = recorder.cell(button: button, requestTime: request)
                recorder.recordOffered(cell)
                if index % 10 == 9 {
                    recorder.recordAbandoned(cell, requestTime: request, at: request + 60)
                } else {
                    recorder.recordAccepted(cell, requestTime: request,
                                            at: request + Double(replication * 10 + button), agent: 0, group: 0)
                }
            }
            aggregate.add(recorder.finish())
        }
        // Replication r: button 0 has 50 chats waiting 10r s; button 1 has 40 waiting 10r + 1 s and
        // 10 abandoned after 60 s. Nearest rank: the p-th percentile of n waits is the ⌈p·n/100⌉-th.
        func mean(_ metric: DistributionMetric, _ row: ReplicationAggregate.Row) -> Double? {
            aggregate.statistic(metric, in: row).mean
        }
        #expect(mean(.waitP50, .button(1)) == 6, "25th of 50: 1 s, then 11 s")
        #expect(mean(.waitP90, .button(1)) == 60, "45th of 50")
        #expect(mean(.waitP50, .skill(1)) == 6, "skill 1 is button 1's")
        #expect(mean(.waitP50, .total) == 5, "50th of 100: 0 s, then 10 s")
        #expect(mean(.waitP90, .total) == 6, "90th of 100")
        #expect(mean(.waitP95, .total) == 60, "95th of 100")
        #expect(mean(.abandonedAfterP50, .total) == 60)
        #expect(mean(.abandonedAfterP99, .button(0)) == nil, "button 0 has no abandoned chat")
        #expect(mean(.waitP90, .interval(0)) == 6, "45th of the 50 chats of interval 0")
        #expect(mean(.waitP99, .interval(0)) == 60, "50th of 50")
        #expect(aggregate.statistic(.waitP99, in: .cell(interval: 0, button: 0)).count == 0)
        #expect(aggregate.pooledWaits().count == 200)
        #expect(aggregate.pooledWaits(abandonedOnly: true).count == 20)
    }
}
