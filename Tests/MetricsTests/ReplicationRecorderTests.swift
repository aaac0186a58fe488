import Metrics
import Testing

/// Hand-made event sequences with answers worked out by hand.
@Suite struct ReplicationRecorderTests {
    /// Four 10-minute intervals, 5-minute warm-up, threshold 20 s, two buttons, two agents.
    func recorder() -> ReplicationRecorder {
        ReplicationRecorder(
            grid: IntervalGrid(length: 600, horizon: 2400, warmup: 300), buttonSkills: [0, 1], groupCount: 1,
            agentCount: 2, serviceLevelThreshold: 20)
    }

    @Test func chatsAreFiledByRequestIntervalAndWarmUpChatsAreIgnored() {
        var recorder = recorder()
        let warmUp = recorder.cell(button: 0, requestTime: 100)
        #expect(warmUp == .warmUp)
        recorder.recordOffered(warmUp)                                                // ignored
        recorder.recordAccepted(warmUp, requestTime: 100, at: 700, agent: 0, group: 0)
        let first = recorder.cell(button: 1, requestTime: 590)
        recorder.recordOffered(first)
        recorder.recordAccepted(first, requestTime: 590, at: 610, agent: 1, group: 0)  // wait 20 s: within T
        recorder.recordConversationEnded(first, duration: 300)
        let abandoned = recorder.cell(button: 1, requestTime: 1200)
        recorder.recordOffered(abandoned)
        recorder.recordAbandoned(abandoned, requestTime: 1200, at: 1230)
        let atOnce = recorder.cell(button: 0, requestTime: 1300)
        recorder.recordOffered(atOnce)
        recorder.recordAccepted(atOnce, requestTime: 1300, at: 1300, agent: 1, group: 0)
        let noAgent = recorder.cell(button: 0, requestTime: 1400)
        recorder.recordOffered(noAgent)
        recorder.recordCanceledNoAgent(noAgent)
        let noQueue = recorder.cell(button: 1, requestTime: 1900)
        recorder.recordOffered(noQueue)
        recorder.recordCanceledNoQueue(noQueue)
        let blocked = recorder.cell(button: 1, requestTime: 1950)
        recorder.recordOffered(blocked)
        recorder.recordBlocked(blocked)
        recorder.recordBlocked(recorder.cell(button: 0, requestTime: 250))           // warm-up: ignored
        let metrics = recorder.finish()
        #expect(metrics.chats(interval: 0, button: 0) == ChatTally())
        let second = metrics.chats(interval: 0, button: 1)
        #expect(second.offered == 1 && second.accepted == 1 && second.waited == 1)
        #expect(second.acceptedWithinThreshold == 1 && second.waitSum == 20)
        #expect(second.ended == 1 && second.durationSum == 300)
        let third = metrics.chats(interval: 2)
        #expect(third.offered == 3 && third.accepted == 1 && third.abandoned == 1 && third.canceledNoAgent == 1)
        #expect(third.waited == 1, "the chat accepted at once did not wait")
        #expect(third.abandonedWaitSum == 30 && third.waitSum == 30)
        #expect(third.abandonedWithinThreshold == 0 && third.acceptedWithinThreshold == 1)
        let fourth = metrics.chats(interval: 3, button: 1)
        #expect(fourth.offered == 2 && fourth.canceledNoQueue == 1 && fourth.blocked == 1)
        #expect(SummaryMetric.canceledNoQueue.value(chats: fourth, time: nil) == 1)
        #expect(SummaryMetric.blocked.value(chats: fourth, time: nil) == 1)
        #expect(SummaryMetric.missed.value(chats: fourth, time: nil) == 1, "a blocked visitor is not a missed chat")
        #expect(metrics.totalChats.offered == 6 && metrics.totalChats.blocked == 1)
        #expect(metrics.agents[0].counts.accepted == 1 && metrics.agents[1].counts.accepted == 2 && metrics.groups[0].counts.accepted == 3,
                "acceptances count by their own time (700 s is after the warm-up)")
    }

    @Test func offersAndAnswersAreCountedPerAgentAndGroupAfterTheWarmUp() {
        var recorder = recorder()
        recorder.recordOffer(agent: 0, group: 0, at: 200)
        recorder.recordOffer(agent: 0, group: 0, at: 400)
        recorder.recordOffer(agent: 1, group: 0, at: 500)
        let cell = recorder.cell(button: 0, requestTime: 390)
        recorder.recordDeclined(cell, agent: 0, group: 0, timedOut: false, at: 410)
        recorder.recordDeclined(cell, agent: 1, group: 0, timedOut: true, at: 440)
        let metrics = recorder.finish()
        #expect(metrics.agents[0].counts.offers == 1 && metrics.agents[1].counts.offers == 1 && metrics.groups[0].counts.offers == 2)
        #expect(metrics.agents[0].counts.declined == 1 && metrics.agents[1].counts.timedOut == 1)
        #expect(metrics.chats(interval: 0, button: 0).declined == 1 && metrics.chats(interval: 0, button: 0).timedOut == 1)
    }

    @Test func workMetricsFollowTheirDefinitions() {
        var tally = WorkTally()
        tally.counts.offers = 8
        tally.counts.accepted = 5
        tally.counts.declined = 2
        tally.counts.timedOut = 1
        tally.time.capacitySeconds = 2 * 7200
        tally.time.loadSeconds = 3600
        tally.time.loggedInSeconds = 7200
        tally.time.busySeconds = 5400
        tally.time.onlineSeconds = 6480
        func value(_ metric: WorkMetric) -> Double { metric.value(tally) }
        #expect(value(.offers) == 8 && value(.accepted) == 5 && value(.declined) == 2 && value(.timedOut) == 1)
        #expect(value(.utilization) == 0.25, "1 h of load over 2 h × capacity 2")
        #expect(value(.occupancy) == 0.75)
        #expect(value(.onlineShare) == 0.9)
        #expect(value(.loggedInHours) == 2)
    }

    @Test func summaryMetricsFollowTheirDefinitions() {
        var chats = ChatTally()
        chats.offered = 10
        chats.accepted = 7
        chats.abandoned = 2
        chats.canceledNoAgent = 1
        chats.waited = 5
        chats.acceptedWithinThreshold = 6
        chats.abandonedWithinThreshold = 1
        chats.waitSum = 90
        chats.abandonedWaitSum = 50
        chats.ended = 5
        chats.durationSum = 1500
        var time = TimeTally()
        time.seconds = 100
        time.loadSeconds = 30
        time.capacitySeconds = 120
        time.busySeconds = 25
        time.loggedInSeconds = 50
        time.onlineSeconds = 40
        time.holdingSeconds[0] = 25
        time.holdingSeconds[2] = 20
        time.holdingSeconds[8] = 5
        time.queuedChatSeconds = 150
        time.peakQueuedChats = 4
        func value(_ metric: SummaryMetric) -> Double { metric.value(chats: chats, time: time) }
        #expect(value(.offered) == 10 && value(.accepted) == 7 && value(.abandoned) == 2)
        #expect(value(.missed) == 3, "2 abandoned and 1 canceled")
        #expect(value(.meanWait) == 10, "90 s over the 9 chats that were accepted or abandoned")
        #expect(value(.probWait) == 0.5)
        #expect(value(.serviceLevel) == 0.6)
        #expect(value(.serviceLevelExcludingShortAbandons) == 6.0 / 9.0, "6 within T of 10 offered less 1 short abandon")
        #expect(value(.abandonRate) == 0.2)
        #expect(value(.meanAbandonedAfter) == 25)
        #expect(value(.meanChatDuration) == 300)
        #expect(value(.utilization) == 0.25)
        #expect(value(.occupancy) == 0.5)
        #expect(value(.onlineShare) == 0.8)
        #expect(value(.meanQueueLength) == 1.5 && value(.peakQueueLength) == 4)
        #expect(value(.concurrency0) == 0.5 && value(.concurrency2) == 0.4 && value(.concurrency8) == 0.1)
        #expect(value(.concurrency1) == 0)
        #expect(SummaryMetric.utilization.value(chats: chats, time: nil).isNaN)
        #expect(SummaryMetric.meanAbandonedAfter.value(chats: ChatTally(), time: nil).isNaN)
    }

    @Test func aggregateCombinesReplicationsPerRow() {
        let grid = IntervalGrid(length: 600, horizon: 1200, warmup: 0)
        var aggregate = ReplicationAggregate(grid: grid, buttonSkills: [0, 1, 0], groupCount: 1, agentCount: 1)
        for offered in [10, 14] {
            var recorder = ReplicationRecorder(grid: grid, buttonSkills: [0, 1, 0], agentCount: 1, serviceLevelThreshold: 20)
            for index in 0..<offered {
                let time = Double(index) * 1200 / Double(offered)
                let button = index % 3
                let cell = recorder.cell(button: button, requestTime: time)
                recorder.recordOffered(cell)
                recorder.recordAccepted(cell, requestTime: time, at: time + 10, agent: 0, group: 0)
            }
            var worked = TimeTally()
            worked.loadSeconds = Double(offered) * 60
            worked.capacitySeconds = 1200
            recorder.recordTime(worked, interval: 0)
            recorder.recordTime(worked, agent: 0)
            aggregate.add(recorder.finish())
        }
        #expect(aggregate.replications == 2)
        let total = aggregate.statistic(.offered, in: .total)
        #expect(total.mean == 12 && total.count == 2)
        #expect(aggregate.statistic(.offered, in: .interval(0)).mean == 6)
        #expect(aggregate.statistic(.offered, in: .skill(0)).mean == 8, "buttons 0 and 2: 4 + 3 of 10, 5 + 4 of 14")
        #expect(aggregate.statistic(.offered, in: .skill(1)).mean == 4, "button 1: 3 of 10, 5 of 14")
        #expect(aggregate.statistic(.meanWait, in: .button(0)).mean == 10)
        #expect(aggregate.statistic(.utilization, in: .total).mean == (0.5 + 0.7) / 2)
        #expect(aggregate.statistic(.utilization, in: .button(0)).count == 0, "time belongs to all buttons together")
        #expect(aggregate.statistic(.accepted, ofAgent: 0).mean == 12)
        #expect(aggregate.statistic(.utilization, ofAgent: 0).mean == (0.5 + 0.7) / 2)
    }
}
