/// The last four agents who declined or missed a chat, oldest overwritten first; -1 marks an
/// empty place. Fixed size, so chats carry it without allocating.
struct DeclinerRing: Sendable {
    private(set) var agents: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    private var next: UInt8 = 0

    var isEmpty: Bool { agents.0 < 0 }

    mutating func record(_ agent: Int32) {
        switch next {
        case 0: agents.0 = agent
        case 1: agents.1 = agent
        case 2: agents.2 = agent
        default: agents.3 = agent
        }
        next = (next + 1) % 4
    }

    func contains(_ agent: Int32) -> Bool {
        agents.0 == agent || agents.1 == agent || agents.2 == agent || agents.3 == agent
    }

    /// Calls `body` with each recorded agent, oldest place first.
    func forEach(_ body: (Int32) -> Void) {
        if agents.0 >= 0 { body(agents.0) }
        if agents.1 >= 0 { body(agents.1) }
        if agents.2 >= 0 { body(agents.2) }
        if agents.3 >= 0 { body(agents.3) }
    }
}
