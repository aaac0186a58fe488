import ContactCenter

/// A skill as written in `buttons[].skill` and `agents[].skills`: its name, or a mapping
/// `{name: billing, level: 3}` that also gives its level (for a button, the lowest level an agent needs).
enum SkillSchema {
    /// A skill's name, and its level when one is given.
    static var skill: FieldDecoder<(name: String, level: Int?)> {
        let name = FieldDecoder.text("a skill name")
        let withLevel = FieldDecoder.mapping("a skill like {name: billing, level: 3}") { map in
            let skillName = map.required("name", name)
            let levels = Scenario.AgentSkill.levels
            let level = map.value("level", .wholeNumber(
                "a skill level from \(levels.lowerBound) to \(levels.upperBound)", in: levels))
            return skillName.map { (name: $0, level: level) }
        }
        return .either(name.expected, scalar: name.map { (name: $0, level: nil) }, mapping: withLevel)
    }
}
