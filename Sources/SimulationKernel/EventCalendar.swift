import IndexedHeaps

/// The simulation kernel: a virtual clock and its future-event list.
///
/// Events are plain values of the model's own type (usually an enum dispatched with `switch`),
/// stored directly in the entries of a 4-ary min-heap ordered by (time, scheduling sequence), so
/// events due at the same instant run in the order they were scheduled.
///
/// Most events are never cancelled and cost nothing beyond their heap entry. An event scheduled
/// with ``scheduleCancellable(_:at:)`` also takes a reusable slot, held until its entry leaves the
/// heap; the handle names the slot and the slot's generation, which advances each time the slot
/// is freed. Cancelling is lazy: the slot is marked and its entry skipped when it reaches the
/// top; when cancelled entries outnumber live ones the heap is compacted. Nothing allocates once
/// the calendar has grown to its working size.
///
/// A source that always has exactly one next event (an arrival process) can keep it in a
/// *timer* instead (``setTimer(_:_:at:)``): timers live in a small indexed heap of their own,
/// beside the main one, so the busiest events do not go through the main heap. They take their
/// sequence numbers from the same counter, so the order of events is the same as if they were
/// scheduled.
///
/// ```swift
/// var calendar = EventCalendar<MyEvent>()
/// calendar.schedule(.arrival, at: 0)
/// while let event = calendar.next(until: horizon) {
///     switch event { … }   // may schedule or cancel further events
/// }
/// ```
public struct EventCalendar<Event> {
    @usableFromInline
    struct Entry {
        @usableFromInline let order: EventOrder
        /// Slot of a cancellable event, -1 for the others.
        @usableFromInline let slot: Int32
        @usableFromInline let event: Event

        @inlinable
        init(time: Double, sequence: UInt64, slot: Int32, event: Event) {
            order = EventOrder(time: time, sequence: sequence)
            self.slot = slot
            self.event = event
        }

        @inlinable var time: Double { order.time }

        @inlinable
        func precedes(_ other: Entry) -> Bool { order < other.order }
    }

    /// The current virtual time: the time of the event most recently returned by ``next(until:)``.
    @inlinable public var now: Double { clock }

    @usableFromInline var clock: Double
    /// Heap-ordered entries, live and cancelled; the children of `i` are `4i + 1 … 4i + 4`.
    @usableFromInline var heap: [Entry] = []
    /// Generation of each cancellation slot, advanced when the slot is freed.
    @usableFromInline var generations: [UInt32] = []
    /// Whether the event holding each slot was cancelled.
    @usableFromInline var cancelledSlots: [Bool] = []
    @usableFromInline var freeSlots: [Int32] = []
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var cancelled = 0
    /// The pending timers by id, ordered by (time, sequence), and the event each one fires.
    @usableFromInline var timers = IndexedHeap<EventOrder>()
    @usableFromInline var timerEvents: [Event?] = []

    /// Creates an empty calendar with the clock at `start`.
    public init(start: Double = 0) {
        clock = start
    }

    /// Number of events waiting to run.
    @inlinable public var pendingCount: Int { heap.count - cancelled + timers.count }

    /// Time of the next event, or `nil` when none is pending. Reading it may discard entries of
    /// cancelled events, hence `mutating`.
    @inlinable
    public var nextEventTime: Double? {
        mutating get {
            discardCancelledTop()
            guard let timer = timers.min?.key else { return heap.first?.time }
            return Swift.min(timer.time, heap.first?.time ?? .infinity)
        }
    }

    /// Schedules `event` to run at virtual time `time`, which must not lie in the past. The event
    /// cannot be cancelled; use ``scheduleCancellable(_:at:)`` for one that may be.
    @inlinable @inline(__always)
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= clock, "cannot schedule an event in the past (\(time) < \(clock))")
        push(Entry(time: time, sequence: nextSequence, slot: -1, event: event))
        nextSequence &+= 1
    }

    /// Schedules `event` to run `delay` seconds from now; it cannot be cancelled.
    @inlinable
    public mutating func schedule(_ event: Event, after delay: Double) {
        schedule(event, at: clock + delay)
    }

    /// Schedules `event` to run at virtual time `time` (not in the past) and returns a handle that
    /// can cancel it.
    @inlinable
    public mutating func scheduleCancellable(_ event: Event, at time: Double) -> EventHandle {
        precondition(time >= clock, "cannot schedule an event in the past (\(time) < \(clock))")
        let slot: Int32
        if let reused = freeSlots.popLast() {
            slot = reused
        } else {
            slot = Int32(generations.count)
            generations.append(0)
            cancelledSlots.append(false)
        }
        push(Entry(time: time, sequence: nextSequence, slot: slot, event: event))
        nextSequence &+= 1
        return EventHandle(slot: slot, generation: generations[Int(slot)])
    }

    /// Whether the event behind `handle` is still waiting to run.
    @inlinable
    public func isPending(_ handle: EventHandle) -> Bool {
        let slot = Int(handle.slot)
        return slot < generations.count && generations[slot] == handle.generation && !cancelledSlots[slot]
    }

    /// Cancels the event behind `handle`. Returns `false` when it already ran or was cancelled.
    @inlinable
    @discardableResult
    public mutating func cancel(_ handle: EventHandle) -> Bool {
        guard isPending(handle) else { return false }
        cancelledSlots[Int(handle.slot)] = true
        cancelled += 1
        if cancelled > heap.count / 2 + 32 { compact() }
        return true
    }

    /// Removes the earliest pending event, advances the clock to its time and returns it; returns
    /// `nil`, leaving the clock and the calendar unchanged, when no event is due at or before `limit`.
    @inlinable @inline(__always)
    public mutating func next(until limit: Double = .infinity) -> Event? {
        if cancelled > 0 { discardCancelledTop() }
        if let timer = timers.min,
           heap.isEmpty || timer.key < heap[0].order {
            guard timer.key.time <= limit else { return nil }
            timers.popMin()
            clock = timer.key.time
            return timerEvents[timer.id]
        }
        guard let first = heap.first, first.time <= limit else { return nil }
        popTop()
        if first.slot >= 0 { free(slot: first.slot) }
        clock = first.time
        return first.event
    }

    /// Sets timer `id` (a small non-negative integer chosen by the caller) to fire `event` at
    /// virtual time `time` (not in the past), replacing its pending event if it has one. A timer
    /// fires once; set it again for its next event.
    @inlinable @inline(__always)
    public mutating func setTimer(_ id: Int, _ event: Event, at time: Double) {
        precondition(time >= clock, "cannot schedule an event in the past (\(time) < \(clock))")
        if id >= timerEvents.count {
            timerEvents.append(contentsOf: repeatElement(nil, count: id + 1 - timerEvents.count))
        }
        timerEvents[id] = event
        timers.update(id, key: EventOrder(time: time, sequence: nextSequence))
        nextSequence &+= 1
    }

    /// Frees the slot of an entry that left the heap; its handles stop matching.
    @inlinable
    mutating func free(slot: Int32) {
        generations[Int(slot)] &+= 1
        cancelledSlots[Int(slot)] = false
        freeSlots.append(slot)
    }

    /// Whether the entry's event was cancelled.
    @inlinable
    func isCancelled(_ entry: Entry) -> Bool {
        entry.slot >= 0 && cancelledSlots[Int(entry.slot)]
    }

    /// Pops entries of cancelled events off the top of the heap.
    @inlinable
    mutating func discardCancelledTop() {
        guard cancelled > 0 else { return }
        while let first = heap.first, isCancelled(first) {
            popTop()
            free(slot: first.slot)
            cancelled -= 1
        }
    }

    /// Drops the entries of cancelled events and restores the heap order, so that memory stays
    /// proportional to the pending events however many are cancelled.
    @usableFromInline
    mutating func compact() {
        let entries = heap
        heap.removeAll(keepingCapacity: true)
        cancelled = 0
        for entry in entries {
            if isCancelled(entry) { free(slot: entry.slot) } else { push(entry) }
        }
    }

    @inlinable @inline(__always)
    mutating func push(_ entry: Entry) {
        heap.append(entry)
        heap.withUnsafeMutableBufferPointer { heap in
            var hole = heap.count - 1
            while hole > 0 {
                let parent = (hole - 1) >> 2
                guard entry.precedes(heap[parent]) else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = entry
        }
    }

    @inlinable @inline(__always)
    mutating func popTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap.withUnsafeMutableBufferPointer { heap in
            let count = heap.count
            var hole = 0
            while true {
                let firstChild = 4 * hole + 1
                guard firstChild < count else { break }
                var best = firstChild
                let lastChild = Swift.min(firstChild + 3, count - 1)
                var child = firstChild + 1
                while child <= lastChild {
                    if heap[child].precedes(heap[best]) { best = child }
                    child += 1
                }
                guard heap[best].precedes(last) else { break }
                heap[hole] = heap[best]
                hole = best
            }
            heap[hole] = last
        }
    }
}

/// When an event runs: at its time, and among events at the same time in the order they were
/// scheduled (events and timers alike).
@usableFromInline
struct EventOrder: Comparable, Sendable {
    @usableFromInline let time: Double
    @usableFromInline let sequence: UInt64

    @inlinable
    init(time: Double, sequence: UInt64) {
        self.time = time
        self.sequence = sequence
    }

    @inlinable
    static func < (lhs: EventOrder, rhs: EventOrder) -> Bool {
        lhs.time < rhs.time || (lhs.time == rhs.time && lhs.sequence < rhs.sequence)
    }
}

extension EventCalendar: Sendable where Event: Sendable {}
extension EventCalendar.Entry: Sendable where Event: Sendable {}
