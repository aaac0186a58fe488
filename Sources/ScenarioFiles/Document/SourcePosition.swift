/// A place in a scenario file: 1-based line and column, columns counted in Unicode scalars
/// (as libyaml counts them).
struct SourcePosition: Hashable, Sendable {
    var line: Int
    var column: Int
}
