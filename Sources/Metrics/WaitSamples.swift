/// The waits of one replication's chats (accepted or abandoned), kept exactly while it runs and
/// reduced, when it ends, to exact percentiles per ``DistributionRows`` row.
///
/// Percentiles are nearest-rank: the p-th percentile of n waits is the ⌈p·n/100⌉-th smallest.
/// Sorting once and walking the sorted waits serves every row and percentile in one pass.
@usableFromInline
struct WaitSamples: Sendable {
    @usableFromInline
    struct Sample: Sendable {
        @usableFromInline var seconds: Double
        @usableFromInline var button: Int32
        @usableFromInline var interval: Int32
        @usableFromInline var abandoned: Bool

        @inlinable
        init(seconds: Double, button: Int32, interval: Int32, abandoned: Bool) {
            self.seconds = seconds
            self.button = button
            self.interval = interval
            self.abandoned = abandoned
        }
    }

    @usableFromInline var samples: [Sample] = []

    init() {}

    /// Keeps the wait of a chat of `button` requested in `interval`.
    @inlinable
    mutating func record(_ seconds: Double, button: Int, interval: Int, abandoned: Bool) {
        samples.append(Sample(seconds: seconds, button: Int32(button), interval: Int32(interval), abandoned: abandoned))
    }

    /// For each row, then each ``DistributionMetric`` in `allCases` order: the percentile, in
    /// seconds, or `nil` when the row has no wait of that kind.
    ///
    /// Waits of zero (chats taken at once, often most of them) are only counted; the others are
    /// sorted and walked once, each wait advancing the rank counters of its rows.
    func percentiles(rows: DistributionRows) -> [Double?] {
        let metrics = DistributionMetric.allCases
        var values = [Double?](repeating: nil, count: rows.count * metrics.count)
        guard !samples.isEmpty else { return values }
        // A slot is a row and a kind (0: every wait, 1: abandoned only).
        let positionsByKind = [metrics.indices.filter { !metrics[$0].isAboutAbandoned },
                               metrics.indices.filter { metrics[$0].isAboutAbandoned }]
        let perSlot = positionsByKind[0].count
        precondition(positionsByKind[1].count == perSlot, "as many percentiles of each kind")
        var sizes = Array(repeating: 0, count: rows.count * 2)
        var zeros = sizes
        func count(_ sample: Sample, row: Int) {
            sizes[row * 2] += 1
            if sample.seconds <= 0 { zeros[row * 2] += 1 }
            if sample.abandoned {
                sizes[row * 2 + 1] += 1
                if sample.seconds <= 0 { zeros[row * 2 + 1] += 1 }
            }
        }
        for sample in samples {
            let row = rows.indices(button: Int(sample.button), interval: Int(sample.interval))
            count(sample, row: row.total)
            count(sample, row: row.button)
            count(sample, row: row.skill)
            count(sample, row: row.interval)
        }
        // The ranks wanted per slot, in increasing order; those reached by the zeros are settled.
        var ranks = Array(repeating: 0, count: sizes.count * perSlot)
        var nextTarget = Array(repeating: 0, count: sizes.count)
        for slot in sizes.indices where sizes[slot] > 0 {
            let positions = positionsByKind[slot % 2]
            for (target, position) in positions.enumerated() {
                ranks[slot * perSlot + target] = Self.rank(percent: metrics[position].percent, of: sizes[slot])
                if ranks[slot * perSlot + target] <= zeros[slot] {
                    values[slot / 2 * metrics.count + position] = 0
                    nextTarget[slot] = target + 1
                }
            }
        }
        var seen = zeros
        func take(_ seconds: Double, row: Int, kind: Int) {
            let slot = row * 2 + kind
            seen[slot] += 1
            while nextTarget[slot] < perSlot && ranks[slot * perSlot + nextTarget[slot]] == seen[slot] {
                values[row * metrics.count + positionsByKind[kind][nextTarget[slot]]] = seconds
                nextTarget[slot] += 1
            }
        }
        var waited = samples.filter { $0.seconds > 0 }
        waited.sort { $0.seconds < $1.seconds }
        for sample in waited {
            let row = rows.indices(button: Int(sample.button), interval: Int(sample.interval))
            for kind in sample.abandoned ? 0...1 : 0...0 {
                take(sample.seconds, row: row.total, kind: kind)
                take(sample.seconds, row: row.button, kind: kind)
                take(sample.seconds, row: row.skill, kind: kind)
                take(sample.seconds, row: row.interval, kind: kind)
            }
        }
        return values
    }

    /// The nearest rank of the `percent`-th percentile of `count` values (1-based).
    static func rank(percent: Double, of count: Int) -> Int {
        max(1, Int((percent * Double(count) / 100).rounded(.up)))
    }
}
