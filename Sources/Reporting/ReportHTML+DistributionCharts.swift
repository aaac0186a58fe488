extension ReportHTML {
    /// The distribution of waits — of every chat accepted or abandoned, or of abandoned chats only —
    /// over the whole day, all replications pooled: the share of the chats per bin of round width
    /// up to the 99th percentile, then one bin for longer waits. Chats that did not wait at all are
    /// counted in the subtitle rather than drawn, so that they do not flatten the bars; waits are
    /// coloured by the side of the service-level threshold they fall on. With no chats, the chart
    /// is empty but for a note.
    func waitChart(abandonedOnly: Bool) -> SVGChart {
        let histogram = aggregate.pooledWaits(abandonedOnly: abandonedOnly)
        let threshold = scenario.serviceLevelThreshold
        let upper = histogram.percentile(99) ?? 0
        let edges = histogram.count == 0 ? []
            : Self.binEdges(upTo: abandonedOnly ? upper : max(upper, threshold), marking: abandonedOnly ? nil : threshold)
        let allShares = histogram.count == 0 ? [] : histogram.shares(upTo: [0] + edges)
        let immediate = allShares.first ?? 0
        let shares = Array(allShares.dropFirst())
        var labels = edges.indices.map { "\($0 == 0 ? "0" : ReportHTMLFormat.compact(edges[$0 - 1]))–\(ReportHTMLFormat.compact(edges[$0]))" }
        if let last = edges.last { labels.append("> " + ReportHTMLFormat.compact(last)) }
        let series: [SVGChart.Series]
        if abandonedOnly {
            series = [.init(name: "abandoned chats", color: Color.abandoned, mark: .bar, values: shares)]
        } else {
            let within = shares.indices.map { $0 < edges.count && edges[$0] <= threshold ? shares[$0] : nil }
            let beyond = shares.indices.map { within[$0] == nil ? shares[$0] : nil }
            series = [.init(name: "within \(thresholdText)", color: Color.accepted, mark: .bar, values: within),
                      .init(name: "beyond \(thresholdText)", color: Color.beyondThreshold, mark: .bar, values: beyond)]
        }
        let what = abandonedOnly ? "abandoned chats" : "chats"
        var subtitle = "\(histogram.count) \(what) of \(aggregate.replications) days pooled"
        if immediate > 0 { subtitle += "; \(ReportHTMLFormat.value(immediate, .share)) did not wait (not drawn)" }
        return SVGChart(
            identifier: abandonedOnly ? "abandoned-after" : "waits",
            title: abandonedOnly ? "Time before abandoning" : "Wait-time distribution", subtitle: subtitle,
            categories: labels, categoryTitle: abandonedOnly ? "waited before leaving (s)" : "wait (s)",
            labelsLastCategory: true,
            axis: .init(title: "share of \(what)", multiplier: 100, unit: " %"), series: series,
            note: histogram.count == 0 ? "No \(what)" : nil)
    }

    /// Upper bounds of bins of one round width covering `0 ... upper` (in about 12 bins), with
    /// `mark` added as a bound of its own when it falls between two.
    static func binEdges(upTo upper: Double, marking mark: Double?) -> [Double] {
        let width = SVGScale.roundStep(atLeast: max(upper, 1) / 12)
        let count = Int((max(upper, 1) / width * (1 - 1e-9)).rounded(.up))
        var edges = (1...count).map { Double($0) * width }
        if let mark, mark > 0, !edges.contains(where: { abs($0 - mark) < 1e-9 * width }) {
            edges.append(mark)
            edges.sort()
        }
        return edges
    }
}
