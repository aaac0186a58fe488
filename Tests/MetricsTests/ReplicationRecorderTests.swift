import Metrics
import Testing

/// Hand-made event sequences with answers worked out by hand.
@Suite struct ReplicationRecorderTests {
    /// Four 10-minute intervals, 5-minute warm-up, threshold 20 s, two buttons.
    func recorder() -> ReplicationRecorder {
        ReplicationRecorder(
            grid: IntervalGrid(length: 600, horizon: 2400, warmup: 300), buttonCount: 2, serviceLevelThreshold: 20)
    }

    @Test func chatsAreFiledByRequestIntervalAndWarmUpChatsAreIgnored() {
        var recorder = recorder()
        recorder.recordOffered(button: 0, requestTime: 100)           // warm-up: ignored
        recorder.recordAccepted(button: 0, requestTime: 100, at: 700)
        recorder.recordOffered(button: 1, requestTime: 590)
        recorder.recordAccepted(button: 1, requestTime: 590, at: 610) // wait 20 s: within T
        recorder.recordOffered(button: 1, requestTime: 1200)
        recorder.recordAbandoned(button: 1, requestTime: 1200, at: 1230)
        recorder.recordOffered(button: 0, requestTime: 1300)
        recorder.recordAccepted(button: 0, requestTime: 1300, at: 1300)
        recorder.recordOffered(button: 0, requestTime: 1400)
        recorder.recordCanceledNoAgent(button: 0, requestTime: 1400)
        let metrics = recorder.finish()
        #expect(metrics.chats(interval: 0, button: 0) == ChatTally())
        let first = metrics.chats(interval: 0, button: 1)
        #expect(first.offered == 1 && first.accepted == 1 && first.waited == 1)
        #expect(first.acceptedWithinThreshold == 1 && first.waitSum == 20)
        let third = metrics.chats(interval: 2)
        #expect(third.offered == 3 && third.accepted == 1 && third.abandoned == 1 && third.canceledNoAgent == 1)
        #expect(third.waited == 1, "the chat accepted at once did not wait")
        #expect(third.abandonedWaitSum == 30 && third.waitSum == 30)
        #expect(third.abandonedWithinThreshold == 0 && third.acceptedWithinThreshold == 1)
        #expect(metrics.totalChats.offered == 4)
    }

    @Test func staffingIsIntegratedOverIntervalsAfterTheWarmUp() {
        var recorder = recorder()
        let two = StaffingLevel(busyCapacity: 1, staffedCapacity: 4, busyAgents: 1, staffedAgents: 2)
        let three = StaffingLevel(busyCapacity: 3, staffedCapacity: 6, busyAgents: 2, staffedAgents: 3)
        recorder.recordStaffing(two, at: 0)
        recorder.recordStaffing(three, at: 900)  // `two` held over [300, 900): 300 s in each of intervals 0 and 1
        recorder.recordStaffing(two, at: 1000)   // `three` over [900, 1000) in interval 1
        recorder.recordStaffing(.empty, at: 2000)
        let metrics = recorder.finish()
        let expectedSecondInterval: Double = 4 * 300 + 6 * 100 + 4 * 200
        let expectedSecondBusy: Double = 1 * 300 + 3 * 100 + 1 * 200
        let expectedTotalBusy: Double = 1 * 1600 + 3 * 100
        #expect(metrics.staffing[0].staffedCapacitySeconds == 1200)
        #expect(metrics.staffing[0].busyAgentSeconds == 300)
        #expect(metrics.staffing[1].staffedCapacitySeconds == expectedSecondInterval)
        #expect(metrics.staffing[1].busyCapacitySeconds == expectedSecondBusy)
        #expect(metrics.staffing[2].staffedAgentSeconds == 1200)
        #expect(metrics.staffing[3].staffedAgentSeconds == 400, "nobody after 2000 s")
        #expect(metrics.totalStaffing.busyCapacitySeconds == expectedTotalBusy)
    }

    @Test func summaryMetricsFollowTheirDefinitions() {
        var chats = ChatTally()
        chats.offered = 10
        chats.accepted = 7
        chats.abandoned = 2
        chats.canceledNoAgent = 1
        chats.waited = 5
        chats.acceptedWithinThreshold = 6
        chats.waitSum = 90
        chats.abandonedWaitSum = 50
        var staffing = StaffingTally()
        staffing.busyCapacitySeconds = 30
        staffing.staffedCapacitySeconds = 120
        staffing.busyAgentSeconds = 25
        staffing.staffedAgentSeconds = 50
        func value(_ metric: SummaryMetric) -> Double { metric.value(chats: chats, staffing: staffing) }
        #expect(value(.offered) == 10 && value(.accepted) == 7 && value(.abandoned) == 2)
        #expect(value(.meanWait) == 10, "90 s over the 9 chats that were accepted or abandoned")
        #expect(value(.probWait) == 0.5)
        #expect(value(.serviceLevel) == 0.6)
        #expect(value(.abandonRate) == 0.2)
        #expect(value(.meanAbandonedAfter) == 25)
        #expect(value(.utilization) == 0.25)
        #expect(value(.occupancy) == 0.5)
        #expect(SummaryMetric.utilization.value(chats: chats, staffing: nil).isNaN)
        #expect(SummaryMetric.meanAbandonedAfter.value(chats: ChatTally(), staffing: nil).isNaN)
    }

    @Test func aggregateCombinesReplicationsPerRow() {
        let grid = IntervalGrid(length: 600, horizon: 1200, warmup: 0)
        var aggregate = ReplicationAggregate(grid: grid, buttonCount: 1)
        for offered in [10, 14] {
            var recorder = ReplicationRecorder(grid: grid, buttonCount: 1, serviceLevelThreshold: 20)
            for index in 0..<offered {
                let time = Double(index) * 1200 / Double(offered)
                recorder.recordOffered(button: 0, requestTime: time)
                recorder.recordAccepted(button: 0, requestTime: time, at: time + 10)
            }
            aggregate.add(recorder.finish())
        }
        #expect(aggregate.replications == 2)
        let total = aggregate.statistic(.offered, in: .total)
        #expect(total.mean == 12 && total.count == 2)
        #expect(aggregate.statistic(.offered, in: .interval(0)).mean == 6)
        #expect(aggregate.statistic(.offered, in: .cell(interval: 1, button: 0)).mean == 6)
        #expect(aggregate.statistic(.meanWait, in: .button(0)).mean == 10)
        #expect(aggregate.statistic(.utilization, in: .total).count == 0, "no staffing was recorded")
    }
}
