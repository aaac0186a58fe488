/// Seconds spent at each number of chats held (0 to 7, and 8 or more): the raw material of the
/// concurrency distribution. Fixed size, so agents carry it without allocating.
public struct ConcurrencySeconds: Sendable, Equatable {
    /// The highest count kept apart; agents holding more are counted with it.
    public static let lastCount = 8

    private var seconds: (Double, Double, Double, Double, Double, Double, Double, Double, Double) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// No time yet.
    public init() {}

    /// Seconds spent holding `count` chats (`lastCount` or more for the last).
    public subscript(count: Int) -> Double {
        get {
            withUnsafeBytes(of: seconds) { $0.load(fromByteOffset: Self.offset(of: count), as: Double.self) }
        }
        set {
            withUnsafeMutableBytes(of: &seconds) {
                $0.storeBytes(of: newValue, toByteOffset: Self.offset(of: count), as: Double.self)
            }
        }
    }

    /// Where the seconds of `count` chats lie in the (homogeneous, hence contiguous) tuple.
    @inline(__always)
    private static func offset(of count: Int) -> Int {
        precondition(count >= 0, "a count of chats is not negative")
        return Swift.min(count, lastCount) * MemoryLayout<Double>.stride
    }

    public static func == (lhs: ConcurrencySeconds, rhs: ConcurrencySeconds) -> Bool {
        (0...lastCount).allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// Adds another distribution's seconds, count by count (`sign` −1 subtracts them).
    public mutating func add(_ other: ConcurrencySeconds, sign: Double = 1) {
        for count in 0...Self.lastCount { self[count] += sign * other[count] }
    }
}

/// Cumulative time an agent, or a set of agents, spent in each state since the start of the
/// day, in seconds. The router keeps one per agent, advanced at the time of every command that
/// changes the agent, so time-weighted metrics (utilization, occupancy, concurrency) over any
/// period are differences of two readings.
public struct TimeAccount: Sendable, Equatable {
    /// Time logged in (Online or Away), per agent.
    public var loggedIn = 0.0
    /// Time Online.
    public var online = 0.0
    /// ∫ capacity units of the logged-in agents dt.
    public var capacity = 0.0
    /// ∫ capacity units in use dt.
    public var load = 0.0
    /// Time holding at least one chat while logged in.
    public var busy = 0.0
    /// Time logged in at each number of chats held.
    public var holding = ConcurrencySeconds()
    /// Time logged in with the whole capacity in use.
    public var atCapacity = 0.0
    /// Time Online holding no chat.
    public var idle = 0.0

    /// Nothing yet.
    public init() {}

    /// Adds another account (`sign` −1 subtracts it, for the difference of two readings).
    public mutating func add(_ other: TimeAccount, sign: Double = 1) {
        loggedIn += sign * other.loggedIn
        online += sign * other.online
        capacity += sign * other.capacity
        load += sign * other.load
        busy += sign * other.busy
        holding.add(other.holding, sign: sign)
        atCapacity += sign * other.atCapacity
        idle += sign * other.idle
    }

    /// This account minus an earlier reading of it: the time spent in each state in between.
    public func since(_ earlier: TimeAccount) -> TimeAccount {
        var difference = self
        difference.add(earlier, sign: -1)
        return difference
    }
}
