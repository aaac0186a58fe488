/// Runs numbered replications on several tasks at once and hands their results over in index
/// order, so whatever is built from them is the same for any number of tasks.
public enum ParallelReplications {
    /// Runs `replicate(0)`, `replicate(1)`, … `replicate(count - 1)` with up to `jobs` running at
    /// once, and calls `combine` on the caller's task with each result in index order. When
    /// `combine` returns `false`, no further replication starts and the results not yet combined
    /// are dropped: the stopping point depends only on the results in order, never on timing.
    public static func run<Result: Sendable>(
        count: Int, jobs: Int,
        replicate: @escaping @Sendable (Int) -> Result,
        combine: (Int, Result) -> Bool
    ) async {
        precondition(count >= 0 && jobs >= 1, "need a replication count ≥ 0 and at least one job")
        if jobs == 1 {
            // One at a time on the calling task: no child task, no hop between threads.
            for index in 0..<count {
                guard combine(index, replicate(index)) else { return }
            }
            return
        }
        await withTaskGroup(of: (Int, Result).self) { group in
            var nextToStart = 0
            var nextToCombine = 0
            var finished: [Int: Result] = [:]
            func startNext() {
                let index = nextToStart
                group.addTask { (index, replicate(index)) }
                nextToStart += 1
            }
            while nextToStart < min(jobs, count) { startNext() }
            for await (index, result) in group {
                finished[index] = result
                while let ready = finished.removeValue(forKey: nextToCombine) {
                    guard combine(nextToCombine, ready) else {
                        group.cancelAll()
                        return
                    }
                    nextToCombine += 1
                }
                if nextToStart < count { startNext() }
            }
        }
    }
}
