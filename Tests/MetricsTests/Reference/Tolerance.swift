import Testing

/// Expects `actual` within `relative · |expected|` (or `absolute`, whichever is larger) of `expected`.
func expectClose(
    _ actual: Double?,
    _ expected: Double,
    relative: Double,
    absolute: Double = 0,
    _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("expected \(expected), got nil \(comment.map { "(\($0))" } ?? "")", sourceLocation: sourceLocation)
        return
    }
    let tolerance = max(relative * abs(expected), absolute)
    #expect(
        abs(actual - expected) <= tolerance,
        "\(actual) differs from \(expected) by more than \(tolerance) \(comment.map { "(\($0))" } ?? "")",
        sourceLocation: sourceLocation
    )
}
