import Foundation

/// Building blocks of the inline SVG charts: coordinates written with fixed decimals, and elements
/// that are well-formed XML as well as valid inside an HTML page.
enum SVG {
    /// A coordinate or length with one decimal (`12.5`, `0.0`), so identical charts give identical bytes.
    static func number(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text == "-0.0" ? "0.0" : text
    }

    /// The empty element `<name attributes/>`, with escaped attribute values.
    static func empty(_ name: String, _ attributes: [(String, String)]) -> String {
        "<" + name + attributes.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined() + "/>"
    }

    /// A `text` element at (`x`, `y`) holding `text` (escaped), with further attributes.
    static func text(_ text: String, x: Double, y: Double, _ attributes: [(String, String)] = []) -> String {
        HTML.element("text", attributes: [("x", number(x)), ("y", number(y))] + attributes, HTML.escape(text))
    }

    /// A `title` child giving `text` as the tooltip of its parent element.
    static func tooltip(_ text: String) -> String {
        HTML.element("title", HTML.escape(text))
    }

    /// A path through `points`, one `M` then `L` commands.
    static func path(through points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(number($0.element.x)) \(number($0.element.y))" }
            .joined(separator: " ")
    }
}
