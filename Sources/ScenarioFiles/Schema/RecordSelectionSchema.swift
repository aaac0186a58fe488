import ContactCenter

/// The top-level `records` key: `none`, `all` (the default), or `{sample: P}` with a probability
/// written like `1%` or `0.01`. That P lies in (0, 1] is checked on the decoded scenario
/// (``Scenario/problems()``), so that `{sample: 0%}` is reported at `records.sample`.
enum RecordSelectionSchema {
    /// Which chats get a transcript written.
    static var records: FieldDecoder<Scenario.RecordSelection> {
        let expected = "none, all or a sample like {sample: 1%}"
        let words: [String: Scenario.RecordSelection] = ["none": Scenario.RecordSelection.none, "all": .all]
        let word = FieldDecoder<Scenario.RecordSelection>(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            if let selection = words[text] { return selection }
            let hint = Suggestion.closest(to: text, among: ["none", "all", "sample"]).map {
                $0 == "sample" ? "; did you mean {sample: 1%}?" : "; did you mean \"\($0)\"?"
            }
            field.report("expected \(expected), found \(field.found)\(hint ?? "")")
            return nil
        }
        let sample = FieldDecoder<Scenario.RecordSelection>.mapping(expected) { map in
            map.required("sample", .probability).map(Scenario.RecordSelection.sample)
        }
        return .either(expected, scalar: word, mapping: sample)
    }
}
