import Metrics
import Routing

/// The router's time accounts at the previous measurement, to turn cumulative readings into the
/// integrals of each period.
struct TimeReadings {
    /// Each agent's account at the previous measurement and at the end of the warm-up.
    var previous: [TimeAccount] = []
    var atWarmUp: [TimeAccount] = []
    var previousQueueSeconds = 0.0
    var previousTime = 0.0
}

extension Replication {
    /// Schedules the first measurement, at the end of the warm-up; each measurement schedules the
    /// next, at the following interval boundary or the horizon.
    mutating func planMeasurements() {
        calendar.schedule(.measure, at: recorder.metrics.grid.warmup)
    }

    /// Reads the router's time accounts and records what changed since the previous reading: the
    /// center's integrals for the interval just ended and, at the horizon, each agent's and each
    /// group's over the day.
    mutating func measure(at now: Double) {
        let grid = recorder.metrics.grid
        let accounts = (0..<setup.agentGroups.count).map { router.timeAccount(of: AgentID($0), at: now) }
        let queueSeconds = router.queueAccount(at: now).chatSeconds
        let peak = router.takeQueuePeak()
        defer {
            timeReadings.previous = accounts
            timeReadings.previousQueueSeconds = queueSeconds
            timeReadings.previousTime = now
        }
        if now < grid.horizon {
            var interval = grid.index(of: now)
            if grid.end(of: interval) <= now { interval += 1 }  // `now` rounded just below a boundary
            calendar.schedule(.measure, at: min(grid.end(of: interval), grid.horizon))
        }
        guard now > grid.warmup else {
            timeReadings.atWarmUp = accounts
            return
        }
        var period = TimeAccount()
        for (now, before) in zip(accounts, timeReadings.previous) { period.add(now.since(before)) }
        var tally = TimeTally(period, seconds: now - timeReadings.previousTime)
        tally.queuedChatSeconds = queueSeconds - timeReadings.previousQueueSeconds
        tally.peakQueuedChats = peak
        recorder.recordTime(tally, interval: grid.index(of: timeReadings.previousTime))
        guard now >= grid.horizon else { return }
        let day = now - grid.warmup
        for (agent, account) in accounts.enumerated() {
            let worked = TimeTally(account.since(timeReadings.atWarmUp[agent]), seconds: day)
            recorder.recordTime(worked, agent: agent)
            recorder.recordTime(worked, group: Int(setup.agentGroups[agent]))
        }
    }
}

extension TimeTally {
    /// The integrals of a time account over a period of `seconds`.
    init(_ account: TimeAccount, seconds: Double) {
        self.init()
        self.seconds = seconds
        loggedInSeconds = account.loggedIn
        onlineSeconds = account.online
        capacitySeconds = account.capacity
        loadSeconds = account.load
        busySeconds = account.busy
        for count in holdingSeconds.indices { holdingSeconds[count] = account.holding[count] }
    }
}
