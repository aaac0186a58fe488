/// Reads arrival rates such as `120/h`, `4.2/min`, `2/m`, `0.5/s` or `300/d`.
///
/// Grammar (spaces and tabs around the whole text are ignored, none inside):
///
///     rate    = decimal "/" unit
///     decimal = digit { digit } [ "." digit { digit } ]
///     unit    = "d" | "h" | "m" | "min" | "s"
///
/// A number without `/unit` is an error, so that `120` is never silently read per second or per hour.
public enum RateExpression {
    /// How rates are described in error messages.
    static let expectation = "a rate like 120/h, 4.2/min or 0.5/s"

    /// The rate written in `text`, per second.
    public static func parse(_ text: String) throws(ExpressionError) -> Double {
        var scanner = ExpressionScanner(text)
        if let number = scanner.bareNumber() {
            throw ExpressionError(
                expected: expectation, found: number, hint: "add a unit, like \(number)/h or \(number)/min")
        }
        scanner.skipSpaces()
        guard let number = scanner.scanDecimal(), let amount = Double(number), scanner.take("/") else {
            throw ExpressionError(expected: expectation, found: text, offset: scanner.position)
        }
        let unitStart = scanner.position
        let symbol = scanner.scanLetters()
        guard let unit = TimeUnit(symbol: symbol), unit != .millisecond else {
            throw ExpressionError(
                expected: "a time unit after \"/\" (d, h, m or min, s)", found: symbol.isEmpty ? scanner.rest : symbol,
                offset: unitStart)
        }
        scanner.skipSpaces()
        guard scanner.isAtEnd else {
            throw ExpressionError(expected: expectation, found: text, offset: scanner.position)
        }
        return amount / unit.seconds(1)
    }
}
