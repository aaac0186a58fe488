extension ReportHTML {
    /// The page's CSS: a header, a row of cards, charts two abreast on a laptop screen (one on
    /// narrow screens), compact tables.
    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0; }
        body > * { max-width: 1240px; margin-left: auto; margin-right: auto; padding: 0 1.2em; box-sizing: border-box; }
        header { padding-top: 1em; }
        h1 { font-size: 1.5em; margin: 0.2em 0 0; }
        h2 { font-size: 1.15em; margin-top: 1.4em; }
        .lede { color: #666; margin: 0.2em 0 0.8em; }
        dl.glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(270px, 1fr)); gap: 0.4em 1.2em; margin: 0; }
        dl.glance div { background: #f5f6f8; border-radius: 6px; padding: 0.45em 0.7em; }
        dl.glance dt { font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.04em; color: #666; }
        dl.glance dd { margin: 0.15em 0 0; font-size: 0.92em; }
        dl.glance ul { margin: 0; padding-left: 1.1em; }
        section.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 0.7em; margin-top: 1.2em; }
        .card { border: 1px solid #dde1e6; border-radius: 8px; padding: 0.6em 0.8em; border-top: 4px solid #4e79a7; }
        .card.met { border-top-color: #59a14f; }
        .card.missed { border-top-color: #e15759; }
        .card .label { font-size: 0.8em; color: #555; }
        .card .value { font-size: 1.6em; font-weight: 600; font-variant-numeric: tabular-nums; }
        .card .ci { font-size: 0.8em; color: #333; font-variant-numeric: tabular-nums; }
        .card .caption { font-size: 0.75em; color: #777; margin-top: 0.2em; }
        section.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1em; }
        figure { margin: 0; border: 1px solid #e3e6ea; border-radius: 8px; padding: 0.4em; }
        figure svg { display: block; width: 100%; height: auto; }
        div.table { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.86em; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.3em 0.55em; text-align: right; border-bottom: 1px solid #e2e2e2; white-space: nowrap; }
        th { background: #f3f3f3; }
        th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
        tr.total td { font-weight: 600; border-top: 2px solid #9a9a9a; }
        .footer { color: #777; font-size: 0.85em; margin-top: 2em; padding-bottom: 2em; }
        """
}
