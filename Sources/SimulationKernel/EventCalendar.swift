import IndexedHeaps

/// The simulation kernel: a virtual clock and its future-event list.
///
/// Events are plain values of the model's own type (usually an enum dispatched with `switch`);
/// the calendar stores them in reusable slots ordered by an indexed 4-ary heap keyed by
/// (time, scheduling sequence). Scheduling, cancelling and popping are O(log n) and do not
/// allocate once the calendar has grown to its working size.
///
/// ```swift
/// var calendar = EventCalendar<MyEvent>()
/// calendar.schedule(.arrival, at: 0)
/// while let event = calendar.next(until: horizon) {
///     switch event { … }   // may schedule or cancel further events
/// }
/// ```
public struct EventCalendar<Event> {
    /// The current virtual time: the time of the event most recently returned by ``next(until:)``.
    @inlinable public var now: Double { clock }

    @usableFromInline var clock: Double

    @usableFromInline var heap = IndexedHeap<EventKey>()
    @usableFromInline var events: [Event?] = []
    @usableFromInline var generations: [UInt32] = []
    @usableFromInline var freeSlots: [Int32] = []
    @usableFromInline var nextSequence: UInt64 = 0

    /// Creates an empty calendar with the clock at `start`.
    public init(start: Double = 0) {
        clock = start
    }

    /// Number of events waiting to run.
    @inlinable public var pendingCount: Int { heap.count }

    /// Time of the next event, or `nil` when none is pending.
    @inlinable public var nextEventTime: Double? { heap.min?.key.time }

    /// Schedules `event` to run at virtual time `time`, which must not lie in the past.
    @inlinable
    @discardableResult
    public mutating func schedule(_ event: Event, at time: Double) -> EventHandle {
        precondition(time >= now, "cannot schedule an event in the past (\(time) < \(now))")
        let slot: Int32
        if let reused = freeSlots.popLast() {
            slot = reused
            events[Int(slot)] = event
        } else {
            slot = Int32(events.count)
            events.append(event)
            generations.append(0)
        }
        heap.insert(Int(slot), key: EventKey(time: time, sequence: nextSequence))
        nextSequence &+= 1
        return EventHandle(slot: slot, generation: generations[Int(slot)])
    }

    /// Schedules `event` to run `delay` seconds from now.
    @inlinable
    @discardableResult
    public mutating func schedule(_ event: Event, after delay: Double) -> EventHandle {
        schedule(event, at: now + delay)
    }

    /// Whether the event behind `handle` is still waiting to run.
    @inlinable
    public func isPending(_ handle: EventHandle) -> Bool {
        let slot = Int(handle.slot)
        return slot < generations.count && generations[slot] == handle.generation && heap.contains(slot)
    }

    /// Cancels the event behind `handle`. Returns `false` when it already ran or was cancelled.
    @inlinable
    @discardableResult
    public mutating func cancel(_ handle: EventHandle) -> Bool {
        guard isPending(handle) else { return false }
        heap.remove(Int(handle.slot))
        release(slot: handle.slot)
        return true
    }

    /// Removes the earliest pending event, advances the clock to its time and returns it; returns
    /// `nil`, leaving the clock and the calendar unchanged, when no event is due at or before `limit`.
    @inlinable
    public mutating func next(until limit: Double = .infinity) -> Event? {
        guard let first = heap.min, first.key.time <= limit else { return nil }
        heap.popMin()
        let slot = Int32(first.id)
        let event = events[first.id].unsafelyUnwrapped
        release(slot: slot)
        clock = first.key.time
        return event
    }

    @inlinable
    mutating func release(slot: Int32) {
        let index = Int(slot)
        events[index] = nil
        generations[index] &+= 1
        freeSlots.append(slot)
    }
}

extension EventCalendar: Sendable where Event: Sendable {}
