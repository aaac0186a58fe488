import ArgumentParser
import ContactCenter
import Foundation
import ScenarioFiles

/// `chatsim validate`: check scenario files without simulating them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and report every problem, without simulating.")

    @Argument(help: "Scenario files to check.")
    var scenarios: [String]

    func run() throws {
        var failed = false
        for path in scenarios {
            do {
                let scenario = try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: path))
                let agents = scenario.agentGroups.reduce(0) { $0 + $1.count }
                print("\(path): ok (\(scenario.buttons.count) buttons, \(agents) agents, \(scenario.replications) replications)")
            } catch {
                failed = true
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        if failed { throw ExitCode.failure }
    }
}
