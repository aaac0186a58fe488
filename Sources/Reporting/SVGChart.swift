/// A chart over categories (reporting intervals, wait bins) drawn as inline SVG: bars, stacked
/// when there are several bar series, and lines with an optional confidence band, a value axis
/// with ticks, a legend, a title and an optional horizontal target line. Every bar and point has a
/// `<title>` tooltip with its value. No scripts: the markup is plain SVG, well-formed XML.
struct SVGChart {
    /// How a series is drawn.
    enum Mark {
        /// A bar per category; bar series stack in order, the first at the bottom.
        case bar
        /// A line through the categories' centres, broken where a value is missing; the series'
        /// intervals, when given, are drawn as a shaded band around it.
        case line(dashed: Bool = false)
    }

    /// One series of values, one per category.
    struct Series {
        /// Name in the legend and tooltips.
        var name: String
        /// Fill or stroke colour (CSS colour).
        var color: String
        /// How the series is drawn.
        var mark: Mark
        /// Value per category; `nil` where there is none.
        var values: [Double?]
        /// 95 % confidence interval per category, shown in tooltips and as a band for lines; empty
        /// when the series has none.
        var intervals: [ClosedRange<Double>?] = []
    }

    /// How values are written on the axis and in tooltips.
    struct ValueAxis {
        /// Axis title.
        var title: String
        /// Factor applied before writing a value (100 for shares written in per cent).
        var multiplier = 1.0
        /// Unit written after each value (`" %"`, `" s"`), or empty.
        var unit = ""
        /// Decimals of the values in tooltips.
        var decimals = 1
    }

    /// A horizontal line marking a goal.
    struct Target {
        /// The goal's value.
        var value: Double
        /// Label written by the line.
        var label: String
    }

    /// Identifies the chart in the page (`data-chart` attribute).
    var identifier: String
    /// Title above the chart.
    var title: String
    /// A line under the title, or `nil`.
    var subtitle: String? = nil
    /// Labels of the categories, along the horizontal axis.
    var categories: [String]
    /// Title of the horizontal axis.
    var categoryTitle: String
    /// Whether the last category is labelled even when that leaves out the label before it (for
    /// an open-ended last bin, say).
    var labelsLastCategory = false
    /// Value axis.
    var axis: ValueAxis
    /// The axis range; when `nil`, from 0 to a round value above every value, band and target.
    var scale: SVGScale?
    /// The series, drawn bars first, then lines, each group in order.
    var series: [Series]
    /// Optional goal line.
    var target: Target?
    /// Message written across the plot, for a chart with nothing to show; none when `nil`.
    var note: String? = nil

    /// Chart width in SVG units.
    static let width = 640.0
    /// Chart height in SVG units.
    static let height = 340.0
}
