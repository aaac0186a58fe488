import Chatsim
import Testing

/// The progress line drawn on a terminal during a run.
struct RunProgressTests {
    @Test func showsTheBarTheCountsTheRateAndTheTimeLeft() {
        let progress = RunProgress(replicationsDone: 25, replicationsPlanned: 100, chatsSimulated: 2_500_000)
        #expect(progress.line(elapsedSeconds: 2, barWidth: 8)
                == "[##------] 25/100 replications · 1.25 M chats/s · ETA 0:06")
    }

    @Test func theTimeLeftIsAnUpperBoundWhenTheRunMayStopEarly() {
        let progress = RunProgress(replicationsDone: 10, replicationsPlanned: 1000, chatsSimulated: 20_000,
                                   mayStopEarly: true)
        #expect(progress.line(elapsedSeconds: 4, barWidth: 4)
                == "[----] 10/1000 replications · 5.0 k chats/s · ETA ≤ 6:36")
    }

    @Test func longRunsShowHoursAndSmallRatesShowUnits() {
        let progress = RunProgress(replicationsDone: 1, replicationsPlanned: 3, chatsSimulated: 900)
        #expect(progress.line(elapsedSeconds: 3000, barWidth: 3)
                == "[#--] 1/3 replications · 0 chats/s · ETA 1:40:00")
    }

    @Test func beforeAnyTimeHasPassedOnlyTheCountsAreShown() {
        let progress = RunProgress(replicationsDone: 0, replicationsPlanned: 5, chatsSimulated: 0)
        #expect(progress.line(elapsedSeconds: 0, barWidth: 5) == "[-----] 0/5 replications")
    }
}
