extension RecordCatalog {
    /// `record_keys.csv`: `Id,Object,Name` for every id the transcripts refer to, other than the
    /// transcripts' and the attached records': the buttons (`LiveChatButton`, named by button id), the deployment
    /// (`LiveChatDeployment`, named after the scenario), the skills (`Skill`) and the agents
    /// (`User`, named `<group>-<n>`).
    public func keysCSV() -> CSVTable {
        var table = CSVTable(header: ["Id", "Object", "Name"])
        for (index, id) in buttonIDs.enumerated() {
            table.append([RecordIDs.button(index), "LiveChatButton", id])
        }
        table.append([RecordIDs.deployment, "LiveChatDeployment", deploymentName])
        for (index, name) in skillNames.enumerated() {
            table.append([RecordIDs.skill(index), "Skill", name])
        }
        for (index, name) in agentNames.enumerated() {
            table.append([RecordIDs.user(index), "User", name])
        }
        return table
    }
}
