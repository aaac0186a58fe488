extension SVGChart {
    /// The bar series, stacked in order (the first at the bottom), each bar with its tooltip.
    func bars(_ frame: Frame) -> [String] {
        var base = Array(repeating: 0.0, count: categories.count)
        var parts: [String] = []
        let width = frame.slot * 0.72
        for series in series {
            guard case .bar = series.mark else { continue }
            var rectangles: [String] = []
            for (index, value) in series.values.enumerated() {
                guard let value, value > 0 else { continue }
                let top = frame.y(base[index] + value)
                let bottom = frame.y(base[index])
                base[index] += value
                rectangles.append(HTML.element("rect", attributes: [
                    ("x", SVG.number(frame.x(index) - width / 2)), ("y", SVG.number(top)),
                    ("width", SVG.number(width)), ("height", SVG.number(bottom - top)),
                ], SVG.tooltip(tooltip(series, at: index, value: value))))
            }
            parts.append(HTML.element("g", attributes: [("fill", series.color)], rectangles.joined()))
        }
        return parts
    }

    /// The line series: first every band, then every line with its points (smaller when the
    /// categories are narrow) and their tooltips, so that no band hides a line.
    func lines(_ frame: Frame) -> [String] {
        var bands: [String] = []
        var lines: [String] = []
        let radius = SVG.number(min(2.5, max(1.2, frame.slot * 0.2)))
        for series in series {
            guard case .line(let dashed) = series.mark else { continue }
            for run in Self.runs(of: series.intervals) where run.count > 1 {
                let upper = run.map { (x: frame.x($0), y: frame.y(series.intervals[$0]!.upperBound)) }
                let lower = run.reversed().map { (x: frame.x($0), y: frame.y(series.intervals[$0]!.lowerBound)) }
                bands.append(SVG.empty("path", [("d", SVG.path(through: upper + lower) + " Z"), ("fill", series.color),
                                                ("fill-opacity", "0.18"), ("stroke", "none")]))
            }
            var strokes: [String] = []
            for run in Self.runs(of: series.values) where run.count > 1 {
                var attributes = [("d", SVG.path(through: run.map { (x: frame.x($0), y: frame.y(series.values[$0]!)) })),
                                  ("fill", "none"), ("stroke", series.color), ("stroke-width", "2")]
                if dashed { attributes.append(("stroke-dasharray", "5 3")) }
                strokes.append(SVG.empty("path", attributes))
            }
            for (index, value) in series.values.enumerated() {
                guard let value else { continue }
                strokes.append(HTML.element("circle", attributes: [
                    ("cx", SVG.number(frame.x(index))), ("cy", SVG.number(frame.y(value))), ("r", radius),
                    ("fill", series.color),
                ], SVG.tooltip(tooltip(series, at: index, value: value))))
            }
            lines.append(HTML.element("g", strokes.joined(separator: "\n")))
        }
        return bands + lines
    }

    /// The runs of consecutive indices whose element is not `nil`.
    static func runs<Element>(of values: [Element?]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, value) in values.enumerated() {
            if value == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
