import Testing
import ScenarioFiles

struct ScenarioFormatTests {
    @Test func formatFollowsTheExtensionInAnyCase() {
        #expect(ScenarioFormat(fileExtension: "yaml") == .yaml)
        #expect(ScenarioFormat(fileExtension: "YML") == .yaml)
        #expect(ScenarioFormat(fileExtension: "Json") == .json)
        #expect(ScenarioFormat(fileExtension: "txt") == nil)
        #expect(ScenarioFormat(fileExtension: "") == nil)
    }
}
