/// A cursor over the Unicode scalars of an expression, with the small lexical steps the
/// duration, rate and distribution grammars share. Offsets count Unicode scalars.
struct ExpressionScanner {
    /// The expression, scalar by scalar.
    let scalars: [Unicode.Scalar]
    /// Offset of the next scalar to read.
    var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Whether every scalar has been read.
    var isAtEnd: Bool { position == scalars.count }

    /// The next scalar, if any.
    var current: Unicode.Scalar? { isAtEnd ? nil : scalars[position] }

    /// The unread rest of the text.
    var rest: String { text(position..<scalars.count) }

    /// The text between two offsets.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Skips spaces and tabs.
    mutating func skipSpaces() {
        while let scalar = current, scalar.isBlank { position += 1 }
    }

    /// Reads `scalar` if it comes next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        position += 1
        return true
    }

    /// The decimal number that makes up the whole text (blanks around it aside), if the text is
    /// nothing more: the mistake of leaving out a unit.
    func bareNumber() -> String? {
        var scanner = self
        scanner.position = 0
        scanner.skipSpaces()
        guard let number = scanner.scanDecimal() else { return nil }
        scanner.skipSpaces()
        return scanner.isAtEnd ? number : nil
    }

    /// Reads an unsigned decimal number, `digits [ "." digits ]`, and returns its text.
    mutating func scanDecimal() -> String? {
        let start = position
        guard skipDigits() else { return nil }
        let beforeFraction = position
        if take("."), !skipDigits() { position = beforeFraction }
        return text(start..<position)
    }

    /// Reads a run of ASCII letters (possibly empty).
    mutating func scanLetters() -> String {
        let start = position
        while let scalar = current, scalar.isASCIILetter { position += 1 }
        return text(start..<position)
    }

    /// Reads an identifier: an ASCII letter or `_`, then letters, digits or `_`.
    mutating func scanIdentifier() -> String? {
        guard let first = current, first.isIdentifierHead else { return nil }
        let start = position
        while let scalar = current, scalar.isIdentifierBody { position += 1 }
        return text(start..<position)
    }

    private mutating func skipDigits() -> Bool {
        let start = position
        while let scalar = current, scalar.isASCIIDigit { position += 1 }
        return position > start
    }
}

extension Unicode.Scalar {
    /// A space or a tab.
    var isBlank: Bool { self == " " || self == "\t" }
    /// `0`…`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    /// `a`…`z` or `A`…`Z`.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    /// A scalar that may start an identifier.
    var isIdentifierHead: Bool { isASCIILetter || self == "_" }
    /// A scalar that may continue an identifier.
    var isIdentifierBody: Bool { isIdentifierHead || isASCIIDigit }
}
