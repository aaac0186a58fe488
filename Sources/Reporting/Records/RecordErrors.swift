import Foundation

/// The first error met by any of a run's record writers, which run on several tasks at once: the
/// writers report into it, and the run reads it once they are all done.
final class RecordErrors: @unchecked Sendable {
    // @unchecked: `first` is only read and written under `lock`.
    private let lock = NSLock()
    private var first: (any Error)?

    /// Keeps `error` unless an earlier one was reported.
    func report(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = error }
    }

    /// The first error reported, if any.
    var firstError: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
