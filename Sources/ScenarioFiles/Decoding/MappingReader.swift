internal import Yams

/// Reads the entries of one mapping, key by key. Each key asked for becomes known; at the end,
/// keys never asked for are reported as unknown, with a suggestion when a known key is close.
/// Repeated keys are reported when the reader is made; the first occurrence is the one read.
final class MappingReader {
    private let field: Field
    /// First occurrence of each key.
    private var entries: [String: (key: Yams.Node, value: Yams.Node)] = [:]
    /// Key names in file order, with their key nodes.
    private var keys: [(name: String, node: Yams.Node)] = []
    /// Keys asked for, in the order asked.
    private var knownKeys: [String] = []
    private var checksUnknownKeys = true
    /// Keys reported as belonging elsewhere: not reported again as unknown.
    private var misplacedKeys: Set<String> = []

    init(_ field: Field, _ mapping: Yams.Node.Mapping) {
        self.field = field
        let document = field.session.document
        for (key, value) in mapping {
            guard let name = document.keyName(key) else {
                let keyField = Field(node: key, path: field.path, session: field.session)
                keyField.report("expected a key name, found \(keyField.found)")
                continue
            }
            let keyField = Field(node: key, path: field.path.appending(key: name), session: field.session)
            if let first = entries[name] {
                let line = document.position(of: first.key).map { " (first given at line \($0.line))" } ?? ""
                keyField.report("duplicate key \"\(name)\"\(line)")
                continue
            }
            entries[name] = (key, value)
            keys.append((name, key))
        }
    }

    /// Whether the mapping has `key`.
    func contains(_ key: String) -> Bool {
        learn(key)
        return entries[key] != nil
    }

    /// The value of optional key `key`: `nil` when it is absent, or bad (then reported).
    func value<Value>(_ key: String, _ decoder: FieldDecoder<Value>) -> Value? {
        learn(key)
        guard let entry = entries[key] else { return nil }
        return decoder.decode(field.child(entry.value, key: key))
    }

    /// The value of required key `key`: `nil` when it is absent or bad (either reported).
    func required<Value>(_ key: String, _ decoder: FieldDecoder<Value>) -> Value? {
        if entries[key] == nil {
            field.session.report(
                "missing required key \"\(key)\"; expected \(decoder.expected)", path: field.path.appending(key: key),
                at: field.position)
        }
        return value(key, decoder)
    }

    /// Stores the value of optional key `key` into `target`, which keeps its default otherwise.
    func read<Value>(_ key: String, into target: inout Value, _ decoder: FieldDecoder<Value>) {
        if let value = value(key, decoder) { target = value }
    }

    /// Stores the value of required key `key` into `target`.
    func require<Value>(_ key: String, into target: inout Value, _ decoder: FieldDecoder<Value>) {
        if let value = required(key, decoder) { target = value }
    }

    /// Every entry in file order, each value read by `decoder` (`nil` when bad, then reported), for a
    /// mapping whose keys are values rather than names (a weighted mix); every key becomes known.
    func entries<Value>(_ decoder: FieldDecoder<Value>) -> [(key: String, value: Value?)] {
        keys.map { key in
            learn(key.name)
            return (key.name, decoder.decode(field.child(entries[key.name]!.value, key: key.name)))
        }
    }

    /// Every entry, in file order: its key's name, the field of the key (for reporting a bad
    /// name) and the field of its value. For mappings whose keys the author names (record types);
    /// every key counts as known.
    func everyEntry() -> [(name: String, key: Field, value: Field)] {
        keys.map { name, node in
            learn(name)
            return (name, Field(node: node, path: field.path.appending(key: name), session: field.session),
                    field.child(entries[name]!.value, key: name))
        }
    }

    /// Reports `message` about the mapping as a whole.
    func report(_ message: String) {
        field.report(message)
    }

    /// Reports, at whichever of keys `first` and `second` comes later in the file, that only one of
    /// them may be given; nothing when at most one is.
    func reportIfBoth(_ first: String, _ second: String) {
        guard entries[first] != nil, entries[second] != nil,
            let later = keys.last(where: { $0.name == first || $0.name == second })
        else { return }
        Field(node: later.node, path: field.path.appending(key: later.name), session: field.session)
            .report("expected either \(first) or \(second), found both")
    }

    /// Reports `message` at key `key`, if the mapping has it: a key that belongs in another
    /// mapping. It is not reported as unknown, nor offered as a suggestion for other keys.
    func reportMisplaced(_ key: String, _ message: String) {
        guard let node = keys.first(where: { $0.name == key })?.node else { return }
        misplacedKeys.insert(key)
        Field(node: node, path: field.path.appending(key: key), session: field.session).report(message)
    }

    /// Turns off the unknown-key check, for a mapping whose set of keys depends on a bad value
    /// (such as an unknown service mode).
    func ignoreUnreadKeys() {
        checksUnknownKeys = false
    }

    /// Reports every key never asked for.
    func reportUnknownKeys() {
        guard checksUnknownKeys else { return }
        for (name, node) in keys where !knownKeys.contains(name) && !misplacedKeys.contains(name) {
            let hint =
                Suggestion.closest(to: name, among: knownKeys).map { "did you mean \"\($0)\"?" }
                ?? "expected one of \(knownKeys.joined(separator: ", "))"
            Field(node: node, path: field.path.appending(key: name), session: field.session)
                .report("unknown key \"\(name)\"; \(hint)")
        }
    }

    private func learn(_ key: String) {
        if !knownKeys.contains(key) { knownKeys.append(key) }
    }
}
