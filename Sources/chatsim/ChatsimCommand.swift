import ArgumentParser

/// `chatsim`: a discrete-event simulator of chat support centers.
@main
struct ChatsimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chatsim",
        abstract: "Simulate a chat support center and report staffing metrics.",
        discussion: """
            A scenario file describes buttons, arrivals, agents and visitors; `chatsim run` simulates \
            its replications and writes summary.json and intervals.csv under Reports/<scenario>/; \
            `chatsim compare` runs variants with common random numbers and reports their differences.
            """,
        subcommands: [RunCommand.self, CompareCommand.self, ValidateCommand.self, ErlangCommand.self])
}
