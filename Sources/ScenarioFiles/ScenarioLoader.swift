import ContactCenter
import Foundation

/// Reads scenario files (YAML or JSON) into a validated ``Scenario``.
///
/// Every issue is collected and thrown together as a ``ScenarioFileError``, each naming the file,
/// the line and column, the field path in the file's key names, what was expected and what was
/// found. Once the file decodes, the scenario's own checks (``Scenario/problems()``) run and are
/// reported the same way.
public enum ScenarioLoader {
    /// The scenario in the file at `url`; its format follows the extension (`.yaml`, `.yml`, `.json`).
    /// Issues name the file by `url.relativePath`.
    public static func load(contentsOf url: URL) throws(ScenarioFileError) -> Scenario {
        let fileName = url.relativePath
        guard let format = ScenarioFormat(fileExtension: url.pathExtension) else {
            let found = url.pathExtension.isEmpty ? "no extension" : "\".\(url.pathExtension)\""
            throw ScenarioFileError(
                file: fileName, message: "expected a file name ending in .yaml, .yml or .json, found \(found)")
        }
        return try parse(try readText(of: url, fileName: fileName), fileName: fileName, format: format)
    }

    /// The scenario written in `text`, in `format`; `fileName` names it in issues.
    public static func parse(
        _ text: String, fileName: String, format: ScenarioFormat
    ) throws(ScenarioFileError) -> Scenario {
        let document: ParsedDocument
        do {
            document = try DocumentParser.parse(text, format: format)
        } catch {
            throw ScenarioFileError(issues: [
                ScenarioFileIssue(file: fileName, position: error.position, path: "", message: error.message)
            ])
        }
        let session = DecodingSession(fileName: fileName, document: document)
        guard let scenario = session.decodeRoot(ScenarioSchema.scenario) else {
            throw ScenarioFileError(issues: session.issuesInFileOrder)
        }
        let problems = scenario.problems()
        guard problems.isEmpty else { throw ScenarioFileError(issues: problems.map(session.issue(for:))) }
        return scenario
    }

    private static func readText(of url: URL, fileName: String) throws(ScenarioFileError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            var isDirectory: ObjCBool = false
            let reason =
                !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                ? "no such file" : isDirectory.boolValue ? "it is a directory" : error.localizedDescription
            throw ScenarioFileError(file: fileName, message: "cannot read the file: \(reason)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ScenarioFileError(
                file: fileName, message: "expected UTF-8 text, found bytes that are not valid UTF-8")
        }
        return text
    }
}
