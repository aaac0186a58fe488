/// The notation of a scenario file. Both are read by the same YAML parser (JSON is nearly a
/// subset of YAML), so errors carry line and column in both.
public enum ScenarioFormat: Sendable, Equatable {
    /// YAML, in files ending in `.yaml` or `.yml`. Distributions may be written unquoted.
    case yaml
    /// JSON, in files ending in `.json`.
    case json

    /// The format for a file name extension (`yaml`, `yml`, `json`, any case), if it is supported.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }

    /// The notation's name in messages.
    var name: String {
        switch self {
        case .yaml: "YAML"
        case .json: "JSON"
        }
    }
}
