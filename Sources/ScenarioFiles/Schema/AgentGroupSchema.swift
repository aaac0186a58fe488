import ContactCenter

/// The entries of `agents`: `group`, `count`, `skills` and `capacity` (default 1).
enum AgentGroupSchema {
    /// One agent group.
    static var group: FieldDecoder<Scenario.AgentGroup> {
        .mapping("an agent group with the keys group, count, skills and capacity") { map in
            var group = Scenario.AgentGroup(name: "", count: 0, skills: [], capacity: 1)
            map.require("group", into: &group.name, .text("a group name"))
            map.require("count", into: &group.count, .wholeNumber("a whole number of agents ≥ 0"))
            let skills = FieldDecoder.list("a list of skill names, like [support]", of: .text("a skill name"))
            map.require("skills", into: &group.skills, skills)
            map.read("capacity", into: &group.capacity, .wholeNumber("a whole number of chats ≥ 1"))
            return group
        }
    }
}
