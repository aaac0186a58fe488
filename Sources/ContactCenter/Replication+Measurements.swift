import Metrics
import Routing

/// The router's time accounts at the previous measurement, to turn cumulative readings into the
/// integrals of each period.
struct TimeReadings {
    /// Each agent's account at the previous measurement and at the end of the warm-up.
    var previous: [TimeAccount]
    var atWarmUp: [TimeAccount] = []
    var previousQueueSeconds = 0.0
    var previousTime = 0.0

    init(agentCount: Int) {
        previous = Array(repeating: TimeAccount(), count: agentCount)
    }
}

extension Replication {
    /// Schedules the first measurement, at the end of the warm-up; each measurement schedules the
    /// next, at the following interval boundary or the horizon.
    mutating func planMeasurements() {
        calendar.schedule(.measure, at: recorder.grid.warmup)
    }

    /// Reads the router's time accounts and records what changed since the previous reading: the
    /// center's integrals for the interval just ended and, at the horizon, each agent's and each
    /// group's over the day.
    mutating func measure(at now: Double) {
        let grid = recorder.grid
        if now < grid.horizon {
            var interval = grid.index(of: now)
            if grid.end(of: interval) <= now { interval += 1 }  // `now` rounded just below a boundary
            calendar.schedule(.measure, at: min(grid.end(of: interval), grid.horizon))
        }
        let queueSeconds = router.queueAccount(at: now).chatSeconds
        let peak = router.takeQueuePeak()
        let previousQueueSeconds = timeReadings.previousQueueSeconds
        let previousTime = timeReadings.previousTime
        timeReadings.previousQueueSeconds = queueSeconds
        timeReadings.previousTime = now
        // Each agent's reading replaces the previous one in place; after the warm-up, the change
        // adds to the period's.
        let reportsPeriod = now > grid.warmup
        var period = TimeAccount()
        for agent in timeReadings.previous.indices {
            let account = router.timeAccount(of: AgentID(agent), at: now)
            if reportsPeriod { period.add(account.since(timeReadings.previous[agent])) }
            timeReadings.previous[agent] = account
        }
        guard reportsPeriod else {
            timeReadings.atWarmUp = timeReadings.previous
            return
        }
        var tally = TimeTally(period, seconds: now - previousTime)
        tally.queuedChatSeconds = queueSeconds - previousQueueSeconds
        tally.peakQueuedChats = peak
        recorder.recordTime(tally, interval: grid.index(of: previousTime))
        guard now >= grid.horizon else { return }
        let day = now - grid.warmup
        for (agent, account) in timeReadings.previous.enumerated() {
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
