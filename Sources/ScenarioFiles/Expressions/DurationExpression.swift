/// Reads human-friendly durations such as `90s`, `5m`, `1h30m`, `1h 30m`, `1.5h`, `250ms` or `2d`.
///
/// Grammar (spaces and tabs around the whole text are ignored):
///
///     duration  = component { [ blanks ] component }
///     component = decimal unit
///     decimal   = digit { digit } [ "." digit { digit } ]
///     unit      = "d" | "h" | "m" | "min" | "s" | "ms"
///
/// Components are written from the largest unit to the smallest, each unit at most once
/// (`1h30m`, not `30m1h` or `5m5m`); any component may have a fraction (`1.5h`, `2m0.5s`).
/// There is no sign: durations are never negative. A number without a unit is an error, so that
/// `90` is never silently read as seconds or minutes.
public enum DurationExpression {
    /// How durations are described in error messages.
    static let expectation = "a duration like 90s, 5m or 1h30m"

    /// The duration written in `text`, in seconds.
    public static func parse(_ text: String) throws(ExpressionError) -> Double {
        var scanner = ExpressionScanner(text)
        if let number = scanner.bareNumber() {
            throw ExpressionError(
                expected: expectation, found: number,
                hint: "add a unit, like \(number)s, \(number)m or \(number)h")
        }
        scanner.skipSpaces()
        guard !scanner.isAtEnd else { throw ExpressionError(expected: expectation, found: "") }
        var seconds = 0.0
        var previous: TimeUnit?
        repeat {
            let componentStart = scanner.position
            guard let number = scanner.scanDecimal(), let amount = Double(number) else {
                throw ExpressionError(expected: expectation, found: text, offset: scanner.position)
            }
            let unitStart = scanner.position
            let symbol = scanner.scanLetters()
            guard let unit = TimeUnit(symbol: symbol) else {
                throw ExpressionError(
                    expected: "a unit after \(number) (d, h, m or min, s, ms)",
                    found: symbol.isEmpty ? scanner.rest : symbol, offset: unitStart)
            }
            if let previous, unit.rawValue <= previous.rawValue {
                throw ExpressionError(
                    expected: "units from largest to smallest, each at most once, like 1h30m",
                    found: text, offset: componentStart)
            }
            seconds += unit.seconds(amount)
            previous = unit
            scanner.skipSpaces()
        } while !scanner.isAtEnd
        return seconds
    }
}
