import SimulationKernel
import Testing

enum TestEvent: Equatable {
    case named(String)
}

@Test func runsEventsInTimeOrder() {
    var calendar = EventCalendar<TestEvent>()
    calendar.schedule(.named("c"), at: 3)
    calendar.schedule(.named("a"), at: 1)
    calendar.schedule(.named("b"), at: 2)
    var seen: [TestEvent] = []
    var times: [Double] = []
    while let event = calendar.next() {
        seen.append(event)
        times.append(calendar.now)
    }
    #expect(seen == [.named("a"), .named("b"), .named("c")])
    #expect(times == [1, 2, 3])
}

@Test func equalTimesRunInSchedulingOrder() {
    var calendar = EventCalendar<Int>()
    for value in 0..<100 { calendar.schedule(value, at: 5) }
    var seen: [Int] = []
    while let value = calendar.next() { seen.append(value) }
    #expect(seen == Array(0..<100))
}

@Test func cancelledEventsDoNotRun() {
    var calendar = EventCalendar<Int>()
    let first = calendar.scheduleCancellable(1, at: 1)
    let second = calendar.scheduleCancellable(2, at: 2)
    calendar.schedule(3, at: 3)
    #expect(calendar.isPending(second))
    let cancelled = calendar.cancel(second)
    let cancelledTwice = calendar.cancel(second)
    #expect(cancelled)
    #expect(!cancelledTwice)
    #expect(!calendar.isPending(second))
    let firstRun = calendar.next()
    let cancelledAfterRunning = calendar.cancel(first)
    #expect(firstRun == 1)
    #expect(!cancelledAfterRunning, "an event that already ran cannot be cancelled")
    let remaining = [calendar.next(), calendar.next()]
    #expect(remaining == [3, nil])
}

@Test func staleHandleDoesNotCancelTheSlotsNextEvent() {
    var calendar = EventCalendar<Int>()
    let old = calendar.scheduleCancellable(1, at: 1)
    _ = calendar.next()
    let reused = calendar.scheduleCancellable(2, at: 2)  // reuses the freed slot
    let cancelledStale = calendar.cancel(old)
    #expect(!cancelledStale)
    #expect(calendar.isPending(reused))
    let run = calendar.next()
    #expect(run == 2)
}

@Test func nextStopsAtTheLimitWithoutAdvancingTheClock() {
    var calendar = EventCalendar<Int>()
    calendar.schedule(1, at: 1)
    calendar.schedule(2, at: 10)
    let beforeLimit = [calendar.next(until: 5), calendar.next(until: 5)]
    #expect(beforeLimit == [1, nil])
    #expect(calendar.now == 1)
    #expect(calendar.pendingCount == 1)
    let nextTime = calendar.nextEventTime
    #expect(nextTime == 10)
    let atLimit = calendar.next(until: 10)
    #expect(atLimit == 2)
    #expect(calendar.now == 10)
}

@Test func relativeSchedulingUsesTheCurrentTime() {
    var calendar = EventCalendar<Int>(start: 100)
    calendar.schedule(1, after: 5)
    _ = calendar.next()
    #expect(calendar.now == 105)
    calendar.schedule(2, after: 0)
    let second = calendar.next()
    #expect(second == 2)
    #expect(calendar.now == 105)
}

/// Events scheduled while running keep the (time, sequence) order, like a reference sort.
@Test func interleavedSchedulingMatchesAStableSort() {
    var calendar = EventCalendar<Int>()
    var pending: [(time: Double, sequence: Int)] = []
    var sequence = 0
    var state: UInt64 = 42
    func nextRandom() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
    for _ in 0..<50 {
        let time = (nextRandom() * 10).rounded()
        calendar.schedule(sequence, at: time)
        pending.append((time, sequence))
        sequence += 1
    }
    while let value = calendar.next() {
        let expected = pending.min { ($0.time, $0.sequence) < ($1.time, $1.sequence) }!
        #expect(value == expected.sequence)
        pending.removeAll { $0.sequence == value }
        if sequence < 500 {
            let time = calendar.now + (nextRandom() * 3).rounded()
            calendar.schedule(sequence, at: time)
            pending.append((time, sequence))
            sequence += 1
        }
    }
    #expect(pending.isEmpty)
}

/// Cancelling many far-future events keeps the calendar correct (stale entries are skipped and
/// compacted away) and the remaining events still run in order.
@Test func massCancellationKeepsOrder() {
    var calendar = EventCalendar<Int>()
    var handles: [EventHandle] = []
    for value in 0..<10_000 { handles.append(calendar.scheduleCancellable(value, at: Double(10_000 - value))) }
    for (value, handle) in handles.enumerated() where !value.isMultiple(of: 100) {
        let cancelled = calendar.cancel(handle)
        #expect(cancelled)
    }
    #expect(calendar.pendingCount == 100)
    var seen: [Int] = []
    while let value = calendar.next() { seen.append(value) }
    #expect(seen == stride(from: 9_900, through: 0, by: -100).map { $0 })
    #expect(calendar.pendingCount == 0)
    let nextTime = calendar.nextEventTime
    #expect(nextTime == nil)
}
