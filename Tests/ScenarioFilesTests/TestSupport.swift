import Foundation
import ScenarioFiles
import Testing

/// Shared fixtures: the example scenarios, located from this file so tests do not depend on the
/// current directory, and a valid scenario text to derive broken ones from.
enum Fixtures {
    /// The package's `Scenarios/` folder.
    static let scenariosDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ScenarioFilesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Scenarios")

    /// A small valid scenario; tests replace one line to break it.
    static let validYAML = """
        name: small
        horizon: 8h
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 120/h }
        agents:
          - group: tier1
            count: 3
            skills: [support]
            capacity: 2
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    /// `validYAML` with every occurrence of `original` replaced by `replacement`.
    static func yaml(replacing original: String, with replacement: String) -> String {
        precondition(validYAML.contains(original), "fixture has no \(original)")
        return validYAML.replacingOccurrences(of: original, with: replacement)
    }

    /// `validYAML` with `buttonLines` added to the end of its button (from line 7), and `agentLines`
    /// to the end of its agent group (from line 12 plus the number of button lines).
    static func yaml(button buttonLines: String = "", agents agentLines: String = "") -> String {
        let arrivals = "    arrivals: { rate: 120/h }\n"
        return yaml(replacing: arrivals, with: arrivals + buttonLines)
            .replacingOccurrences(of: "    capacity: 2\n", with: "    capacity: 2\n" + agentLines)
    }

    /// The error thrown for `text`, read as file `x.yaml` (or `x.json`); `nil` when it loads.
    static func error(in text: String, format: ScenarioFormat = .yaml) -> ScenarioFileError? {
        do {
            _ = try ScenarioLoader.parse(text, fileName: format == .yaml ? "x.yaml" : "x.json", format: format)
            return nil
        } catch {
            return error
        }
    }

    /// The issues reported for `text`, read as file `x.yaml` (or `x.json`); empty when it loads.
    static func issues(in text: String, format: ScenarioFormat = .yaml) -> [ScenarioFileIssue] {
        error(in: text, format: format)?.issues ?? []
    }

    /// The single issue reported for `text`, as a line; records a failure at the caller when there
    /// is not exactly one issue.
    static func onlyIssue(
        _ text: String, format: ScenarioFormat = .yaml, sourceLocation: SourceLocation = #_sourceLocation
    ) -> String? {
        let issues = issues(in: text, format: format)
        #expect(issues.count == 1, "\(issues)", sourceLocation: sourceLocation)
        return issues.first?.description
    }
}
