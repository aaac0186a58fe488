/// A complete, self-contained HTML page: no scripts, fonts or style sheets from elsewhere, the CSS
/// inline in the head, so that a report folder can be opened or mailed as it is.
struct HTMLPage {
    /// Page title (plain text).
    var title: String
    /// CSS rules put in the page's `style` element.
    var style: String
    /// Body markup, one block per line.
    var body: [String]

    /// The page as an HTML5 document in UTF-8, ending with a newline.
    func rendered() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(HTML.element("title", HTML.escape(title)))
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}
