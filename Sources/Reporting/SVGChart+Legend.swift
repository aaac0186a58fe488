extension SVGChart {
    /// The legend's markup and the baseline of its last row.
    struct Legend {
        var markup: [String] = []
        var bottom: Double
    }

    /// One swatch and name per series, then the target, left to right, wrapping onto further rows
    /// when a row would be wider than `width`.
    func legendLayout(startingAt left: Double, width: Double, baseline: Double) -> Legend {
        var items = series.map { series -> (name: String, swatch: (Double, Double) -> String) in
            switch series.mark {
            case .bar:
                return (series.name, { x, y in
                    SVG.empty("rect", [("x", SVG.number(x)), ("y", SVG.number(y - 9)), ("width", "14"),
                                       ("height", "10"), ("fill", series.color)])
                })
            case .line(let dashed):
                return (series.name, { x, y in
                    Self.swatchLine(x: x, y: y - 4, color: series.color, width: "2", dashes: dashed ? "5 3" : nil)
                })
            }
        }
        if target != nil {
            items.append(("target", { x, y in
                Self.swatchLine(x: x, y: y - 4, color: Self.targetColor, width: "1.5", dashes: "6 4")
            }))
        }
        var legend = Legend(bottom: baseline)
        var x = left
        for item in items {
            let itemWidth = 20 + Double(item.name.count) * Self.characterWidth + 16
            if x > left && x + itemWidth > left + width {
                x = left
                legend.bottom += 16
            }
            legend.markup.append(item.swatch(x, legend.bottom))
            legend.markup.append(SVG.text(item.name, x: x + 20, y: legend.bottom))
            x += itemWidth
        }
        return legend
    }

    /// A short horizontal line standing for a line series or the target in the legend.
    static func swatchLine(x: Double, y: Double, color: String, width: String, dashes: String?) -> String {
        var attributes = [("x1", SVG.number(x)), ("y1", SVG.number(y)), ("x2", SVG.number(x + 15)),
                          ("y2", SVG.number(y)), ("stroke", color), ("stroke-width", width)]
        if let dashes { attributes.append(("stroke-dasharray", dashes)) }
        return SVG.empty("line", attributes)
    }
}
