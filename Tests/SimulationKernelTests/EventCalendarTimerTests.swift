import SimulationKernel
import Testing

/// Timers (one pending event per id, kept beside the main heap) run in the same (time, scheduling
/// order) as scheduled events.
struct EventCalendarTimerTests {
    /// A pending event of the reference model: its time, its scheduling order and its value.
    struct Pending {
        let time: Double
        let sequence: Int
        let value: Int
    }

    /// Three recurring sources on timers and one-off events, all on a coarse time grid so that
    /// many fall at the same instant: the calendar runs them exactly in the order of a reference
    /// list sorted by (time, scheduling order).
    @Test func timersAndEventsRunInTimeThenSchedulingOrder() {
        var calendar = EventCalendar<Int>()
        var pending: [Pending] = []
        var sequence = 0
        var state: UInt64 = 7
        func nextDelay() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) / Double(1 << 53) * 4).rounded()
        }
        // Values 0, 1, 2 are the timers' events; values from 100 on are one-off events.
        func setTimer(_ id: Int, at time: Double) {
            calendar.setTimer(id, id, at: time)
            pending.append(Pending(time: time, sequence: sequence, value: id))
            sequence += 1
        }
        func schedule(_ value: Int, at time: Double) {
            calendar.schedule(value, at: time)
            pending.append(Pending(time: time, sequence: sequence, value: value))
            sequence += 1
        }
        for id in 0..<3 { setTimer(id, at: nextDelay()) }
        for value in 100..<120 { schedule(value, at: nextDelay()) }
        var ran = 0
        while let value = calendar.next() {
            let expected = pending.min { ($0.time, $0.sequence) < ($1.time, $1.sequence) }!
            #expect(value == expected.value && calendar.now == expected.time)
            pending.removeAll { $0.sequence == expected.sequence }
            ran += 1
            guard ran < 2_000 else { continue }
            if value < 3 {
                setTimer(value, at: calendar.now + nextDelay())
            } else {
                schedule(value, at: calendar.now + nextDelay())
            }
        }
        #expect(pending.isEmpty && ran > 2_000)
    }

    /// Setting a pending timer again replaces its event: only the new one runs, once.
    @Test func settingATimerAgainReplacesItsPendingEvent() {
        var calendar = EventCalendar<String>()
        calendar.setTimer(4, "first", at: 10)
        calendar.schedule("between", at: 15)
        calendar.setTimer(4, "second", at: 20)
        #expect(calendar.pendingCount == 2)
        #expect(calendar.next() == "between")
        #expect(calendar.next() == "second" && calendar.now == 20)
        #expect(calendar.next() == nil)
    }

    /// A timer counts as pending, gives the next event time, and is held back by a limit like any
    /// event (the clock stays where it was).
    @Test func timersArePendingAndRespectTheLimit() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(1, at: 30)
        calendar.setTimer(0, 2, at: 12)
        #expect(calendar.pendingCount == 2)
        #expect(calendar.nextEventTime == 12)
        #expect(calendar.next(until: 11) == nil && calendar.now == 0)
        #expect(calendar.next(until: 12) == 2 && calendar.now == 12)
        #expect(calendar.pendingCount == 1 && calendar.nextEventTime == 30)
        #expect(calendar.next() == 1)
        #expect(calendar.pendingCount == 0 && calendar.nextEventTime == nil)
    }
}
