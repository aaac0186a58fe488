/// Time integrals of the center's state over a period, in seconds, summed over agents: the raw
/// material of utilization, occupancy, concurrency and queue length.
public struct TimeTally: Sendable, Equatable {
    /// Largest number of chats held that the concurrency distribution tells apart (more are
    /// counted with it).
    public static let concurrencyLimit = 8

    /// Length of the period.
    public var seconds = 0.0
    /// ∫ logged-in agents dt (Online or Away).
    public var loggedInSeconds = 0.0
    /// ∫ Online agents dt.
    public var onlineSeconds = 0.0
    /// ∫ capacity units of logged-in agents dt (an agent of capacity k has k units).
    public var capacitySeconds = 0.0
    /// ∫ capacity units in use dt.
    public var loadSeconds = 0.0
    /// ∫ logged-in agents holding at least one chat dt.
    public var busySeconds = 0.0
    /// ∫ logged-in agents holding k chats dt, for k = 0 … ``concurrencyLimit`` (and more).
    public var holdingSeconds = Array(repeating: 0.0, count: concurrencyLimit + 1)
    /// ∫ chats waiting in queues dt.
    public var queuedChatSeconds = 0.0
    /// Most chats waiting at once.
    public var peakQueuedChats = 0

    /// An empty tally.
    public init() {}

    /// Adds another period's integrals (the peak is the larger of the two).
    public mutating func add(_ other: TimeTally) {
        seconds += other.seconds
        loggedInSeconds += other.loggedInSeconds
        onlineSeconds += other.onlineSeconds
        capacitySeconds += other.capacitySeconds
        loadSeconds += other.loadSeconds
        busySeconds += other.busySeconds
        for count in holdingSeconds.indices { holdingSeconds[count] += other.holdingSeconds[count] }
        queuedChatSeconds += other.queuedChatSeconds
        peakQueuedChats = Swift.max(peakQueuedChats, other.peakQueuedChats)
    }
}
