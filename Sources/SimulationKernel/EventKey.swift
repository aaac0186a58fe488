/// Order of the future-event list: by time, then by the order in which events were scheduled, so
/// that events due at the same instant always run in the same order.
@usableFromInline
struct EventKey: Comparable, Sendable {
    @usableFromInline let time: Double
    @usableFromInline let sequence: UInt64

    @inlinable
    init(time: Double, sequence: UInt64) {
        self.time = time
        self.sequence = sequence
    }

    @inlinable
    static func < (lhs: EventKey, rhs: EventKey) -> Bool {
        lhs.time < rhs.time || (lhs.time == rhs.time && lhs.sequence < rhs.sequence)
    }
}
