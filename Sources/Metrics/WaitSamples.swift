/// The waits of one replication's chats (accepted or abandoned), kept exactly while it runs: each
/// positive wait with its cell (interval × buttons + button), and the zero waits (chats taken at
/// once, often most of them) only counted per cell. When the replication ends they give exact
/// percentiles per ``DistributionRows`` row, and the aggregate pools them into its histograms.
///
/// Percentiles are nearest-rank: the p-th percentile of n waits is the ⌈p·n/100⌉-th smallest.
/// Sorting the positive waits once and walking them serves every row and percentile in one pass.
@usableFromInline
struct WaitSamples: Sendable, Equatable {
    @usableFromInline
    struct Sample: Sendable, Equatable {
        @usableFromInline var seconds: Double
        @usableFromInline var cell: Int32
        @usableFromInline var abandoned: Bool

        @inlinable
        init(seconds: Double, cell: Int32, abandoned: Bool) {
            self.seconds = seconds
            self.cell = cell
            self.abandoned = abandoned
        }
    }

    /// The positive waits, in the order recorded until ``sort()``.
    @usableFromInline var positive: [Sample] = []
    /// Zero waits per cell: index `cell × 2` counts every chat, `cell × 2 + 1` abandoned ones.
    @usableFromInline var zeros: [Int32]
    @usableFromInline let buttonCount: Int

    /// No waits yet, in `cellCount` cells of `buttonCount` buttons each interval.
    init(cellCount: Int, buttonCount: Int) {
        zeros = Array(repeating: 0, count: cellCount * 2)
        self.buttonCount = buttonCount
    }

    /// Keeps the wait of a chat requested in `cell`.
    @inlinable @inline(__always)
    mutating func record(_ seconds: Double, cell: Int, abandoned: Bool) {
        if seconds > 0 {
            positive.append(Sample(seconds: seconds, cell: Int32(cell), abandoned: abandoned))
        } else {
            zeros[cell * 2] += 1
            if abandoned { zeros[cell * 2 + 1] += 1 }
        }
    }

    /// Puts the positive waits in increasing order, as ``percentiles(rows:)`` needs them.
    mutating func sort() {
        positive.sort { $0.seconds < $1.seconds }
    }

    /// For each row, then each ``DistributionMetric`` in `allCases` order: the percentile, in
    /// seconds, or `nil` when the row has no wait of that kind. The waits must be sorted.
    func percentiles(rows: DistributionRows) -> [Double?] {
        let metrics = DistributionMetric.allCases
        var values = [Double?](repeating: nil, count: rows.count * metrics.count)
        // A slot is a row and a kind (0: every wait, 1: abandoned only).
        let positionsByKind = [metrics.indices.filter { !metrics[$0].isAboutAbandoned },
                               metrics.indices.filter { metrics[$0].isAboutAbandoned }]
        let perSlot = positionsByKind[0].count
        precondition(positionsByKind[1].count == perSlot, "as many percentiles of each kind")
        let cellRows = (0..<zeros.count / 2).map { rows.indices(button: $0 % buttonCount, interval: $0 / buttonCount) }
        // Waits per cell and kind, then per slot.
        var cellSizes = zeros.map(Int.init)
        for sample in positive {
            cellSizes[Int(sample.cell) * 2] += 1
            if sample.abandoned { cellSizes[Int(sample.cell) * 2 + 1] += 1 }
        }
        var sizes = Array(repeating: 0, count: rows.count * 2)
        var zeroCounts = sizes
        for (cell, row) in cellRows.enumerated() {
            for index in [row.total, row.button, row.skill, row.interval] {
                for kind in 0...1 {
                    sizes[index * 2 + kind] += cellSizes[cell * 2 + kind]
                    zeroCounts[index * 2 + kind] += Int(zeros[cell * 2 + kind])
                }
            }
        }
        // The ranks wanted per slot, in increasing order; those reached by the zeros are settled.
        var ranks = Array(repeating: 0, count: sizes.count * perSlot)
        var nextTarget = Array(repeating: 0, count: sizes.count)
        for slot in sizes.indices where sizes[slot] > 0 {
            let positions = positionsByKind[slot % 2]
            for (target, position) in positions.enumerated() {
                ranks[slot * perSlot + target] = Self.rank(percent: metrics[position].percent, of: sizes[slot])
                if ranks[slot * perSlot + target] <= zeroCounts[slot] {
                    values[slot / 2 * metrics.count + position] = 0
                    nextTarget[slot] = target + 1
                }
            }
        }
        var seen = zeroCounts
        func take(_ seconds: Double, row: Int, kind: Int) {
            let slot = row * 2 + kind
            seen[slot] += 1
            while nextTarget[slot] < perSlot && ranks[slot * perSlot + nextTarget[slot]] == seen[slot] {
                values[row * metrics.count + positionsByKind[kind][nextTarget[slot]]] = seconds
                nextTarget[slot] += 1
            }
        }
        for sample in positive {
            let row = cellRows[Int(sample.cell)]
            for kind in sample.abandoned ? 0...1 : 0...0 {
                take(sample.seconds, row: row.total, kind: kind)
                take(sample.seconds, row: row.button, kind: kind)
                take(sample.seconds, row: row.skill, kind: kind)
                take(sample.seconds, row: row.interval, kind: kind)
            }
        }
        return values
    }

    /// Adds every wait to `waits` and the waits of abandoned chats to `abandonedAfter`.
    func pool(into waits: inout WaitHistogram, abandonedAfter: inout WaitHistogram) {
        var zeroWaits = 0
        var zeroAbandoned = 0
        for cell in 0..<zeros.count / 2 {
            zeroWaits += Int(zeros[cell * 2])
            zeroAbandoned += Int(zeros[cell * 2 + 1])
        }
        waits.record(seconds: 0, count: zeroWaits)
        abandonedAfter.record(seconds: 0, count: zeroAbandoned)
        for sample in positive {
            waits.record(seconds: sample.seconds)
            if sample.abandoned { abandonedAfter.record(seconds: sample.seconds) }
        }
    }

    /// The nearest rank of the `percent`-th percentile of `count` values (1-based).
    static func rank(percent: Double, of count: Int) -> Int {
        max(1, Int((percent * Double(count) / 100).rounded(.up)))
    }
}
