/// The path of a field in a scenario file, in the file's own key names: `agents[1].capacity`,
/// `buttons[0].arrivals.profile[2].rate`. The root's path is empty.
struct FieldPath: CustomStringConvertible {
    private(set) var description = ""

    /// The path of entry `key` of the mapping at this path.
    func appending(key: String) -> FieldPath {
        FieldPath(description: description.isEmpty ? key : "\(description).\(key)")
    }

    /// The path of item `index` of the list at this path.
    func appending(index: Int) -> FieldPath {
        FieldPath(description: "\(description)[\(index)]")
    }
}
