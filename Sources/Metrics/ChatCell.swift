/// Where a replication files a chat's outcomes: its button's cell in the reporting interval of
/// its request time, or nowhere for a chat requested during the warm-up. Found once, when the
/// chat is requested (``ReplicationRecorder/cell(button:requestTime:)``), and passed with every
/// outcome of the chat.
public struct ChatCell: Sendable, Equatable {
    /// Index `interval × buttons + button` in ``ReplicationMetrics/chats``, or −1 for the warm-up.
    @usableFromInline let index: Int32

    @inlinable
    init(index: Int) {
        self.index = Int32(index)
    }

    /// A chat requested during the warm-up: none of its outcomes count. (Computed rather than
    /// stored, so that reading it needs no lazy-initialisation check.)
    @inlinable
    public static var warmUp: ChatCell { ChatCell(index: -1) }

    /// The cell's index, or `nil` for the warm-up.
    @inlinable
    var counted: Int? { index >= 0 ? Int(index) : nil }
}
