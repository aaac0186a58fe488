import Foundation

/// Everything found wrong with one scenario file. Its description lists the issues one per line,
/// in file order.
public struct ScenarioFileError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The individual issues, in file order (issues without a position first).
    public let issues: [ScenarioFileIssue]

    init(issues: [ScenarioFileIssue]) {
        self.issues = issues
    }

    /// An error with a single issue about the file as a whole.
    init(file: String, message: String) {
        self.init(issues: [ScenarioFileIssue(file: file, position: nil, path: "", message: message)])
    }

    /// The issues, one per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }

    /// The same as ``description``, for code that prints `localizedDescription`.
    public var errorDescription: String? { description }
}
