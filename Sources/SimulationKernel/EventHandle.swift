/// Identifies one scheduled event so that it can be cancelled. A handle stays safe to use after
/// its event has run or been cancelled: it then no longer matches anything.
public struct EventHandle: Hashable, Sendable {
    @usableFromInline let slot: Int32
    @usableFromInline let generation: UInt32

    @inlinable
    init(slot: Int32, generation: UInt32) {
        self.slot = slot
        self.generation = generation
    }
}
