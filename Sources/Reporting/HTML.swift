/// Building blocks for the self-contained HTML pages chatsim writes: escaping and elements.
///
/// Every piece of text that comes from a scenario or a metric goes through ``escape(_:)``; markup
/// produced by ``element(_:attributes:_:)`` or ``HTMLTable`` is already safe to nest.
enum HTML {
    /// `text` with the characters that have a meaning in HTML (`&`, `<`, `>`, `"`, `'`) replaced by
    /// character references, safe in element content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output.append("&amp;")
            case "<": output.append("&lt;")
            case ">": output.append("&gt;")
            case "\"": output.append("&quot;")
            case "'": output.append("&#39;")
            default: output.append(character)
            }
        }
        return output
    }

    /// The element `<name attributes>content</name>`. Attribute values are escaped; `content` is
    /// markup and is inserted as it is (escape text with ``escape(_:)`` first).
    static func element(_ name: String, attributes: [(String, String)] = [], _ content: String) -> String {
        var tag = name
        for (attribute, value) in attributes {
            tag += " \(attribute)=\"\(escape(value))\""
        }
        return "<\(tag)>\(content)</\(name)>"
    }
}
