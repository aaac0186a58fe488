import ContactCenter
import Foundation
import ScenarioFiles

/// A `--vary` option: one field of a scenario and the values it takes, each value making one
/// variant (`agents[0].capacity=2,3,4`). The values are set on the decoded ``Scenario``.
public struct ScenarioVariation: Sendable, Equatable {
    /// A field that can be varied.
    public enum Field: Sendable, Equatable {
        /// `agents[i].count`: agents in group i.
        case agentCount(group: Int)
        /// `agents[i].capacity`: chats each agent of group i holds at once.
        case agentCapacity(group: Int)
        /// `buttons[i].pushTimeout`: push time-out of button i (a duration or `none`).
        case pushTimeout(button: Int)
        /// `serviceLevel`: the service-level threshold.
        case serviceLevel
    }

    /// A value of the field.
    public enum Value: Sendable, Equatable {
        /// A whole number (counts, capacities).
        case whole(Int)
        /// A duration in seconds; `nil` for `none`.
        case duration(Double?)
    }

    /// A value as written and as read.
    public struct Setting: Sendable, Equatable {
        /// The value as written (`3`, `30s`, `none`).
        public let text: String
        /// The value.
        public let value: Value
    }

    /// How the fields that can vary are listed in errors.
    static let variableFields = "agents[i].count, agents[i].capacity, buttons[i].pushTimeout or serviceLevel"

    /// The field.
    public let field: Field
    /// The values in the order given.
    public let settings: [Setting]

    /// Reads `PATH=VALUE,VALUE,…`, such as `agents[0].capacity=2,3,4` or `serviceLevel=20s,30s`.
    /// Throws when the text has another form, the field cannot vary, a value is not of the field's
    /// kind or repeated, or there are fewer than two values.
    public init(parsing text: String) throws(CompareJobError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw CompareJobError("--vary: expected PATH=VALUE,VALUE,… such as agents[0].capacity=2,3,4, found \"\(text)\"")
        }
        let path = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard let field = Self.field(path) else {
            throw CompareJobError("--vary: cannot vary \"\(path)\"; the fields that can vary are \(Self.variableFields)")
        }
        self.field = field
        var settings: [Setting] = []
        for item in text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false) {
            let valueText = item.trimmingCharacters(in: .whitespaces)
            let value = try Self.value(valueText, of: field)
            if settings.contains(where: { $0.value == value }) {
                throw CompareJobError("--vary \(field.path): the value \(valueText) is given twice")
            }
            settings.append(Setting(text: valueText, value: value))
        }
        guard settings.count >= 2 else {
            throw CompareJobError("--vary \(field.path): expected at least two values to compare, separated by commas, found \(settings.count)")
        }
        self.settings = settings
    }

    /// The name of the variant with `setting`: the field's key and the value (`capacity=3`).
    public func name(of setting: Setting) -> String {
        "\(field.key)=\(setting.text)"
    }

    /// The override `setting` stands for, in the option's terms (`agents[0].capacity=3`).
    public func override(_ setting: Setting) -> String {
        "\(field.path)=\(setting.text)"
    }

    /// `scenario` with the field set to `value`; `file` names the scenario in errors. Throws when the
    /// scenario has no such agent group or button.
    public func applying(_ value: Value, to scenario: Scenario, file: String) throws(CompareJobError) -> Scenario {
        var varied = scenario
        func check(_ index: Int, _ count: Int, _ kind: String) throws(CompareJobError) {
            guard index < count else {
                throw CompareJobError("--vary \(field.path): \(file) has no \(field.path.prefix { $0 != "." }), only \(count) \(kind)\(count == 1 ? "" : "s")")
            }
        }
        switch (field, value) {
        case (.agentCount(let group), .whole(let count)):
            try check(group, scenario.agentGroups.count, "agent group")
            varied.agentGroups[group].count = count
        case (.agentCapacity(let group), .whole(let capacity)):
            try check(group, scenario.agentGroups.count, "agent group")
            varied.agentGroups[group].capacity = capacity
        case (.pushTimeout(let button), .duration(let timeout)):
            try check(button, scenario.buttons.count, "button")
            varied.buttons[button].pushTimeout = timeout
        case (.serviceLevel, .duration(let threshold?)):
            varied.serviceLevelThreshold = threshold
        default:
            preconditionFailure("value \(value) does not fit \(field.path)")
        }
        return varied
    }

    static func field(_ path: String) -> Field? {
        if path == "serviceLevel" { return .serviceLevel }
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close,
              path[path.index(after: close)...].hasPrefix("."),
              path[path.index(after: open)..<close].allSatisfy({ $0.isASCII && $0.isNumber }),
              let index = Int(path[path.index(after: open)..<close]) else { return nil }
        switch (path[..<open], path[path.index(close, offsetBy: 2)...]) {
        case ("agents", "count"): return .agentCount(group: index)
        case ("agents", "capacity"): return .agentCapacity(group: index)
        case ("buttons", "pushTimeout"): return .pushTimeout(button: index)
        default: return nil
        }
    }

    static func value(_ text: String, of field: Field) throws(CompareJobError) -> Value {
        switch field {
        case .agentCount, .agentCapacity:
            guard let number = Int(text) else {
                throw CompareJobError("--vary \(field.path): expected a whole number, found \"\(text)\"")
            }
            return .whole(number)
        case .pushTimeout where text == "none":
            return .duration(nil)
        case .pushTimeout, .serviceLevel:
            do {
                return .duration(try DurationExpression.parse(text))
            } catch {
                let alternative = field == .serviceLevel ? "" : "; none turns the time-out off"
                throw CompareJobError("--vary \(field.path): \(error.message)\(alternative)")
            }
        }
    }
}

extension ScenarioVariation.Field {
    /// The field's path in scenario-file terms (`agents[0].capacity`).
    public var path: String {
        switch self {
        case .agentCount(let group): "agents[\(group)].count"
        case .agentCapacity(let group): "agents[\(group)].capacity"
        case .pushTimeout(let button): "buttons[\(button)].pushTimeout"
        case .serviceLevel: "serviceLevel"
        }
    }

    /// The last key of the path (`capacity`), which names the variants.
    public var key: String {
        String(path.split(separator: ".").last!)
    }
}
