/// Reads file sizes such as `2MB`, `1.5 MB`, `500KB` or `1GB`, in megabytes.
///
/// Grammar (spaces and tabs around the whole text, and between the number and its unit, are
/// ignored):
///
///     size    = decimal [ blanks ] unit
///     decimal = digit { digit } [ "." digit { digit } ]
///     unit    = "KB" | "MB" | "GB"
///
/// Units are binary, as file dialogs count: 1 MB = 1024 KB, 1 GB = 1024 MB. A number without a
/// unit is an error, so that `2` is never silently read as bytes or megabytes.
public enum SizeExpression {
    /// How sizes are described in error messages.
    static let expectation = "a file size like 500KB, 2MB or 1.5GB"

    /// Megabytes per unit symbol.
    private static let units: [String: Double] = ["KB": 1.0 / 1024, "MB": 1, "GB": 1024]

    /// The size written in `text`, in megabytes.
    public static func parse(_ text: String) throws(ExpressionError) -> Double {
        var scanner = ExpressionScanner(text)
        if let number = scanner.bareNumber() {
            throw ExpressionError(expected: expectation, found: number, hint: "add a unit, like \(number)MB")
        }
        scanner.skipSpaces()
        guard let number = scanner.scanDecimal(), let amount = Double(number) else {
            throw ExpressionError(expected: expectation, found: text, offset: scanner.position)
        }
        scanner.skipSpaces()
        let unitStart = scanner.position
        let symbol = scanner.scanLetters()
        scanner.skipSpaces()
        guard let megabytes = units[symbol], scanner.isAtEnd else {
            throw ExpressionError(expected: "a unit after \(number) (KB, MB or GB)",
                                  found: symbol.isEmpty ? scanner.rest : symbol, offset: unitStart)
        }
        return amount * megabytes
    }
}
