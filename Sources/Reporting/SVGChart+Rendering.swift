import Foundation

extension SVGChart {
    /// The rectangle the data is drawn in, and where categories and values fall in it.
    struct Frame {
        let left: Double
        let right: Double
        let top: Double
        let bottom: Double
        let categoryCount: Int
        let scale: SVGScale

        /// Width of one category's slot.
        var slot: Double { (right - left) / Double(Swift.max(categoryCount, 1)) }

        /// Horizontal centre of category `index`.
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * slot }

        /// Vertical position of `value` (clamped to the axis).
        func y(_ value: Double) -> Double { bottom - scale.fraction(value) * (bottom - top) }
    }

    /// Colour of text and of the axis line.
    static let inkColor = "#333333"
    /// Colour of the grid lines.
    static let gridColor = "#e3e3e3"
    /// Colour of the target line and its label.
    static let targetColor = "#b2182b"
    /// Estimated width of one character of 11-unit text, for laying out labels without a font.
    static let characterWidth = 6.2

    /// The chart as an `svg` element (with a `data-chart` attribute naming it), scaled to its
    /// container's width by the page's style.
    func rendered() -> String {
        let legend = legendLayout(startingAt: 12, width: Self.width - 24, baseline: subtitle == nil ? 42 : 58)
        let frame = Frame(left: 64, right: Self.width - 20, top: legend.bottom + 14, bottom: Self.height - 46,
                          categoryCount: categories.count, scale: scale ?? fittedScale())
        var parts = [SVG.text(title, x: 12, y: 22, [("font-size", "14"), ("font-weight", "600")])]
        if let subtitle { parts.append(SVG.text(subtitle, x: 12, y: 39, [("fill", "#666666")])) }
        parts += legend.markup
        parts += valueAxis(frame)
        parts += bars(frame)
        parts += lines(frame)
        parts += targetLine(frame)
        parts += categoryAxis(frame)
        if let note {
            parts.append(SVG.text(note, x: (frame.left + frame.right) / 2, y: (frame.top + frame.bottom) / 2,
                                  [("text-anchor", "middle"), ("font-size", "13"), ("fill", "#777777")]))
        }
        let attributes = [
            ("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"), ("width", String(Int(Self.width))),
            ("height", String(Int(Self.height))), ("role", "img"), ("aria-label", title),
            ("data-chart", identifier), ("font-family", "system-ui, -apple-system, Segoe UI, sans-serif"),
            ("font-size", "11"), ("fill", Self.inkColor),
        ]
        return HTML.element("svg", attributes: attributes, "\n" + parts.joined(separator: "\n") + "\n")
    }

    /// A value as the axis writes it, with `decimals` decimals and the unit.
    func valueText(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value * axis.multiplier)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text + axis.unit
    }

    /// The tooltip of one bar or point: category, series, value and its interval when known.
    func tooltip(_ series: Series, at index: Int, value: Double) -> String {
        var text = "\(categories[index]) · \(series.name): \(valueText(value, decimals: axis.decimals))"
        if index < series.intervals.count, let interval = series.intervals[index] {
            text += " (95 % CI \(valueText(interval.lowerBound, decimals: axis.decimals)) – "
                + "\(valueText(interval.upperBound, decimals: axis.decimals)))"
        }
        return text
    }

    /// A round axis above the stacked bars, the lines, their bands and the target.
    func fittedScale() -> SVGScale {
        var largest = target?.value ?? 0
        var stacked = Array(repeating: 0.0, count: categories.count)
        for series in self.series {
            switch series.mark {
            case .bar:
                for (index, value) in series.values.enumerated() { stacked[index] += value ?? 0 }
            case .line:
                largest = Swift.max(largest, series.values.compactMap { $0 }.max() ?? 0,
                                    series.intervals.compactMap { $0?.upperBound }.max() ?? 0)
            }
        }
        return SVGScale(covering: Swift.max(largest, stacked.max() ?? 0))
    }

    /// Grid lines, tick labels and the axis title.
    func valueAxis(_ frame: Frame) -> [String] {
        let decimals = frame.scale.decimals(multiplier: axis.multiplier)
        var parts: [String] = []
        for tick in frame.scale.ticks {
            let y = frame.y(tick)
            parts.append(SVG.empty("line", [("x1", SVG.number(frame.left)), ("y1", SVG.number(y)),
                                            ("x2", SVG.number(frame.right)), ("y2", SVG.number(y)),
                                            ("stroke", Self.gridColor)]))
            parts.append(SVG.text(valueText(tick, decimals: decimals), x: frame.left - 6, y: y + 4,
                                  [("text-anchor", "end")]))
        }
        let middle = (frame.top + frame.bottom) / 2
        parts.append(SVG.text(axis.title, x: 16, y: middle,
                              [("text-anchor", "middle"), ("transform", "rotate(-90 16 \(SVG.number(middle)))")]))
        return parts
    }

    /// The baseline, the category labels and the axis title. Labels are thinned out so that they
    /// do not overlap, keeping every 1st, 2nd, 3rd, 4th, 6th, 8th, 12th… so that half-hours or
    /// quarter-hours are labelled on whole hours; the last label moves to the last category when
    /// ``labelsLastCategory``.
    func categoryAxis(_ frame: Frame) -> [String] {
        var parts = [SVG.empty("line", [("x1", SVG.number(frame.left)), ("y1", SVG.number(frame.bottom)),
                                        ("x2", SVG.number(frame.right)), ("y2", SVG.number(frame.bottom)),
                                        ("stroke", "#999999")])]
        let widest = Double(categories.map(\.count).max() ?? 0) * Self.characterWidth + 8
        let needed = Swift.max(1, Int((widest / frame.slot).rounded(.up)))
        let every = [1, 2, 3, 4, 6, 8, 12].first { $0 >= needed } ?? (needed + 11) / 12 * 12
        var labelled = Array(stride(from: 0, to: categories.count, by: every))
        if labelsLastCategory, labelled.count > 1, labelled[labelled.count - 1] < categories.count - 1 {
            labelled[labelled.count - 1] = categories.count - 1
        }
        for index in labelled {
            let x = frame.x(index)
            parts.append(SVG.empty("line", [("x1", SVG.number(x)), ("y1", SVG.number(frame.bottom)),
                                            ("x2", SVG.number(x)), ("y2", SVG.number(frame.bottom + 4)),
                                            ("stroke", "#999999")]))
            parts.append(SVG.text(categories[index], x: x, y: frame.bottom + 16, [("text-anchor", "middle")]))
        }
        parts.append(SVG.text(categoryTitle, x: (frame.left + frame.right) / 2, y: Self.height - 10,
                              [("text-anchor", "middle")]))
        return parts
    }

    /// The dashed target line and its label, at the right end above the line.
    func targetLine(_ frame: Frame) -> [String] {
        guard let target else { return [] }
        let y = frame.y(target.value)
        return [
            SVG.empty("line", [("x1", SVG.number(frame.left)), ("y1", SVG.number(y)), ("x2", SVG.number(frame.right)),
                               ("y2", SVG.number(y)), ("stroke", Self.targetColor), ("stroke-width", "1.5"),
                               ("stroke-dasharray", "6 4")]),
            SVG.text(target.label, x: frame.right - 2, y: y - 5,
                     [("text-anchor", "end"), ("fill", Self.targetColor), ("font-weight", "600")]),
        ]
    }
}
