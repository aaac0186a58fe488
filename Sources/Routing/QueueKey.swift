/// Order of a button's queue: routing priority (lower first), then the original request time
/// (older first), then arrival order.
struct QueueKey: Comparable, Sendable {
    var priority: Int
    var requestTime: Double
    var sequence: UInt64

    init(priority: Int, requestTime: Double, sequence: UInt64) {
        self.priority = priority
        self.requestTime = requestTime
        self.sequence = sequence
    }

    static func < (lhs: QueueKey, rhs: QueueKey) -> Bool {
        if lhs.priority != rhs.priority { return lhs.priority < rhs.priority }
        if lhs.requestTime != rhs.requestTime { return lhs.requestTime < rhs.requestTime }
        return lhs.sequence < rhs.sequence
    }
}
