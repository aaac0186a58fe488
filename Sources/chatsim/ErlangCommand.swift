import ArgumentParser
import Chatsim

/// `chatsim erlang`: exact queueing-theory values to compare simulations with.
struct ErlangCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erlang",
        abstract: "Print the exact Erlang C (M/M/n) or, with --patience, Erlang A (M/M/n+M) metrics.",
        discussion: """
            Poisson arrivals, exponential handle times (and patience), first come first served, \
            agents × capacity identical slots. These are the values simple-mode simulations of the \
            same set-up converge to.
            """)

    @Option(help: "Arrival rate, e.g. 4.2/min or 250/h.")
    var rate: String

    @Option(help: "Mean handle time, e.g. 2m or 90s.")
    var handle: String

    @Option(help: "Number of agents.")
    var agents: Int

    @Option(help: "Chats each agent holds at once (each counts as one server).")
    var capacity = 1

    @Option(help: "Mean patience, e.g. 1m; omit for infinite patience (Erlang C).")
    var patience: String?

    @Option(help: "Service-level threshold T.")
    var threshold = "20s"

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        do {
            let job = try ErlangJob(rate: rate, handle: handle, agents: agents, capacity: capacity,
                                    patience: patience, threshold: threshold)
            print(json ? try job.json().serialized() : try job.text(), terminator: "")
        } catch {
            throw fail(error)
        }
    }
}
