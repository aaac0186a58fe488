/// Where the quoting pre-pass inserted characters into lines, so that positions in the text
/// given to the YAML parser can be mapped back to the text the author wrote. Lines are never
/// added or removed, only columns shift.
struct ColumnMap: Sendable {
    /// `count` scalars inserted before the original scalar at `column`.
    private struct Insertion: Sendable {
        let column: Int
        let count: Int
    }

    /// Insertions per line, in increasing column order.
    private var insertions: [Int: [Insertion]] = [:]

    /// Records that `count` scalars were inserted before the original scalar at `line`:`column`.
    /// Insertions into a line must be recorded from left to right.
    mutating func recordInsertion(line: Int, beforeColumn column: Int, count: Int) {
        insertions[line, default: []].append(Insertion(column: column, count: count))
    }

    /// The original position of the scalar at `position` in the rewritten text, and whether that
    /// scalar was inserted (an inserted scalar maps to the original scalar it was put before).
    func locate(_ position: SourcePosition) -> (original: SourcePosition, isInserted: Bool) {
        var shift = 0
        for insertion in insertions[position.line] ?? [] {
            let firstInserted = insertion.column + shift
            if position.column < firstInserted { break }
            if position.column < firstInserted + insertion.count {
                return (SourcePosition(line: position.line, column: insertion.column), true)
            }
            shift += insertion.count
        }
        return (SourcePosition(line: position.line, column: position.column - shift), false)
    }
}
