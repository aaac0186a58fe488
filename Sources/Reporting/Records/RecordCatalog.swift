import ContactCenter

/// What the record files name, by number: the buttons with their skills, the skills, the agents
/// and the deployment (the scenario), and the calendar the times are written in.
public struct RecordCatalog: Sendable, Equatable {
    /// Name of the deployment: the scenario's name.
    public let deploymentName: String
    /// Button ids, in scenario order.
    public let buttonIDs: [String]
    /// Skill number of each button.
    public let buttonSkills: [Int]
    /// Skill names by skill number.
    public let skillNames: [String]
    /// Agent names (`<group>-<n>`), in agent-number order.
    public let agentNames: [String]
    /// Where the simulated days fall in the calendar.
    public let time: RecordTime
    /// The scenario's quick-text library (conversation mode), used for quick-text messages in
    /// `Body`; empty: stock phrases.
    public let quickTexts: [String]
    /// The record types agents may attach: the standard ones, then the scenario's custom objects
    /// (each a `transcripts.csv` column of its own).
    public let recordTypes: [Scenario.AttachableRecord]

    /// Made once, as every row needs them: the record ids of each button, of each button's skill
    /// and of each agent, and the button ids and agent names escaped for HTML (`Body`).
    let buttonRecordIDs: [String]
    let buttonSkillRecordIDs: [String]
    let userRecordIDs: [String]
    let buttonIDsInHTML: [String]
    let agentNamesInHTML: [String]
    let quickTextsInHTML: [String]
    /// The key prefix of each record type, in the order of ``recordTypes``.
    let recordKeyPrefixes: [String]

    /// The names of a run's scenario.
    public init(setup: CompiledScenario) {
        self.init(deploymentName: setup.scenario.name, buttonIDs: setup.buttonIDs, buttonSkills: setup.buttonSkills,
                  skillNames: setup.skillNames, agentNames: setup.agentNames,
                  time: RecordTime(startDate: setup.scenario.startDate), quickTexts: Self.quickTexts(of: setup.scenario),
                  recordTypes: setup.recordTypes)
    }

    /// The quick-text library of `scenario`'s conversations; none in the simple service mode.
    static func quickTexts(of scenario: Scenario) -> [String] {
        guard case .conversation(let model) = scenario.service else { return [] }
        return model.quickTexts
    }

    /// A catalog from its parts.
    public init(deploymentName: String, buttonIDs: [String], buttonSkills: [Int], skillNames: [String],
                agentNames: [String], time: RecordTime, quickTexts: [String] = [],
                recordTypes: [Scenario.AttachableRecord] = Scenario.AttachableRecord.standard) {
        precondition(Array(recordTypes.prefix(4)) == Scenario.AttachableRecord.standard,
                     "the standard record types come first")
        precondition(buttonSkills.count == buttonIDs.count, "one skill per button")
        self.deploymentName = deploymentName
        self.buttonIDs = buttonIDs
        self.buttonSkills = buttonSkills
        self.skillNames = skillNames
        self.agentNames = agentNames
        self.time = time
        self.quickTexts = quickTexts
        self.recordTypes = recordTypes
        recordKeyPrefixes = recordTypes.indices.map { position in
            position < Self.standardKeyPrefixes.count
                ? Self.standardKeyPrefixes[position]
                : "a" + RecordIDs.base36(position - Self.standardKeyPrefixes.count, width: 2)
        }
        buttonRecordIDs = buttonIDs.indices.map(RecordIDs.button)
        buttonSkillRecordIDs = buttonSkills.map(RecordIDs.skill)
        userRecordIDs = agentNames.indices.map(RecordIDs.user)
        buttonIDsInHTML = buttonIDs.map(HTML.escape)
        agentNamesInHTML = agentNames.map(HTML.escape)
        quickTextsInHTML = quickTexts.map(HTML.escape)
    }

    /// The record types that are custom objects, in column order.
    public var customRecordTypes: ArraySlice<Scenario.AttachableRecord> {
        recordTypes.dropFirst(Scenario.AttachableRecord.standard.count)
    }

    /// The key prefix of records of `type`: `500` (Case), `003` (Contact), `001` (Account),
    /// `00Q` (Lead); custom objects `a00`, `a01`, … in the order of ``customRecordTypes``.
    func keyPrefix(of type: Scenario.AttachableRecord) -> String {
        recordKeyPrefixes[recordTypes.firstIndex(of: type)!]
    }

    static let standardKeyPrefixes = ["500", "003", "001", "00Q"]
}
