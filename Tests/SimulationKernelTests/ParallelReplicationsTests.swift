import SimulationKernel
import Testing

/// Replications run on several tasks are combined in index order, and a stop depends only on them.
struct ParallelReplicationsTests {
    /// Work whose length varies with the index, so that replications finish out of order.
    static func uneven(_ index: Int) -> (index: Int, checksum: UInt64) {
        var value = UInt64(index)
        for _ in 0..<((index * 7919) % 13 * 20_000) { value = value &* 6364136223846793005 &+ 1442695040888963407 }
        return (index, value)
    }

    @Test(arguments: [1, 2, 3, 8, 40])
    func resultsArriveInIndexOrderWhateverTheJobCount(jobs: Int) async {
        var seen: [Int] = []
        await ParallelReplications.run(count: 30, jobs: jobs, replicate: Self.uneven) { index, result in
            #expect(result.index == index)
            seen.append(index)
            return true
        }
        #expect(seen == Array(0..<30))
    }

    @Test(arguments: [1, 4, 16])
    func combineStopsTheRunAtTheSameReplication(jobs: Int) async {
        var seen: [Int] = []
        await ParallelReplications.run(count: 100, jobs: jobs, replicate: Self.uneven) { index, _ in
            seen.append(index)
            return index < 6
        }
        #expect(seen == Array(0...6))
    }

    @Test func zeroReplicationsCombineNothing() async {
        var calls = 0
        await ParallelReplications.run(count: 0, jobs: 4, replicate: { $0 }) { _, _ in
            calls += 1
            return true
        }
        #expect(calls == 0)
    }
}
