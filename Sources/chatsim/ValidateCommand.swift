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
                func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
                print("\(path): ok (\(count(scenario.buttons.count, "button")), \(count(agents, "agent")), "
                      + "\(count(scenario.replications, "replication")))")
            } catch {
                failed = true
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        if failed { throw ExitCode.failure }
    }
}
