/// The waits of one replication's chats (accepted or abandoned), kept exactly while it runs: each
/// positive wait with its cell (interval × buttons + button), and the zero waits (chats taken at
/// once, often most of them) only counted per cell. When the replication ends they give exact
/// percentiles per ``DistributionRows`` row, and the aggregate pools them into its histograms.
///
/// Percentiles are nearest-rank: the p-th percentile of n waits is the ⌈p·n/100⌉-th smallest.
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

    /// The positive waits, in the order recorded.
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

    /// For each row, then each ``DistributionMetric`` in `allCases` order: the percentile, in
    /// seconds, or `nil` when the row has no wait of that kind.
    ///
    /// A row's wanted ranks that its zero waits reach are 0; the others are found among the row's
    /// positive waits by selection (``select(_:in:from:to:)``), in increasing order, each search
    /// starting where the previous one ended: linear on average, where sorting every wait was not.
    func percentiles(rows: DistributionRows) -> [Double?] {
        let metrics = DistributionMetric.allCases
        var values = [Double?](repeating: nil, count: rows.count * metrics.count)
        let cellCount = zeros.count / 2
        // The positive waits grouped by cell and kind (bucket `cell × 2` accepted, `cell × 2 + 1`
        // abandoned), by a counting sort.
        var bucketStarts = Array(repeating: 0, count: cellCount * 2 + 1)
        for sample in positive { bucketStarts[Int(sample.cell) * 2 + (sample.abandoned ? 1 : 0) + 1] += 1 }
        for bucket in 0..<cellCount * 2 { bucketStarts[bucket + 1] += bucketStarts[bucket] }
        var grouped = [Double](repeating: 0, count: positive.count)
        var filled = bucketStarts
        for sample in positive {
            let bucket = Int(sample.cell) * 2 + (sample.abandoned ? 1 : 0)
            grouped[filled[bucket]] = sample.seconds
            filled[bucket] += 1
        }
        // The cells of each row.
        var rowCells = Array(repeating: [Int](), count: rows.count)
        for cell in 0..<cellCount {
            let row = rows.indices(button: cell % buttonCount, interval: cell / buttonCount)
            rowCells[row.total].append(cell)
            rowCells[row.button].append(cell)
            rowCells[row.skill].append(cell)
            rowCells[row.interval].append(cell)
        }
        var scratch: [Double] = []
        for row in 0..<rows.count {
            // A row with every cell (one button, or one skill) has the total's percentiles.
            if row > 0 && rowCells[row].count == cellCount {
                for position in metrics.indices { values[row * metrics.count + position] = values[position] }
                continue
            }
            for kind in 0...1 {
                let abandonedOnly = kind == 1
                var zeroCount = 0
                scratch.removeAll(keepingCapacity: true)
                for cell in rowCells[row] {
                    zeroCount += Int(zeros[cell * 2 + kind])
                    scratch.append(contentsOf: grouped[bucketStarts[cell * 2 + kind]..<bucketStarts[cell * 2 + 2]])
                }
                let size = zeroCount + scratch.count
                guard size > 0 else { continue }
                var searchFrom = 0
                for (position, metric) in metrics.enumerated() where metric.isAboutAbandoned == abandonedOnly {
                    let rank = Self.rank(percent: metric.percent, of: size)
                    guard rank > zeroCount else {
                        values[row * metrics.count + position] = 0
                        continue
                    }
                    let index = rank - zeroCount - 1
                    values[row * metrics.count + position] = Self.select(index, in: &scratch, from: searchFrom,
                                                                          to: scratch.count)
                    searchFrom = index
                }
            }
        }
        return values
    }

    /// The value of rank `index` (0-based) in increasing order among `values[start ..< end]`,
    /// where `index` lies; the range is rearranged so that the value sits at `index` with no larger
    /// value before it and no smaller one after it (quickselect on the standard library's
    /// partitions, median-of-three pivots, small ranges sorted).
    static func select(_ index: Int, in values: inout [Double], from start: Int, to end: Int) -> Double {
        values.withUnsafeMutableBufferPointer { values in
            var low = start
            var high = end
            while high - low > 16 {
                let pivot = medianOfThree(values[low], values[(low + high) / 2], values[high - 1])
                let lessEnd = values[low..<high].partition { $0 >= pivot }
                if index < lessEnd {
                    high = lessEnd
                    continue
                }
                let equalEnd = values[lessEnd..<high].partition { $0 > pivot }
                if index < equalEnd { return pivot }
                low = equalEnd
            }
            values[low..<high].sort()
            return values[index]
        }
    }

    static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
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
