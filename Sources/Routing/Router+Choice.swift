extension Router {
    /// Whether agent `index` sees the Choice requests of `button`: Online, qualified, with room.
    @inline(__always)
    func isChoiceViewer(_ index: Int, of button: Int) -> Bool {
        agents[index].presence == .online && fits(button, on: Int32(index))
            && pools[Int(buttons[button].pool)].members.contains(Int32(index))
    }

    /// The agents who see the Choice requests of `button`, in agent order.
    func choiceViewers(of button: Int) -> [Int32] {
        pools[Int(buttons[button].pool)].members.filter {
            agents[Int($0)].presence == .online && fits(button, on: $0)
        }
    }

    /// Shows or withdraws the waiting Choice requests of the agent's buttons when the agent's
    /// ability to take them changed (status or free capacity).
    mutating func updateChoiceViews(of index: Int, from before: AgentSnapshot) {
        let agent = AgentID(index)
        for position in Int(agents[index].buttonsStart)..<Int(agents[index].buttonsEnd) {
            let button = Int(agentButtons[position])
            guard buttons[button].model == .choice, !buttons[button].queue.isEmpty else { continue }
            let weight = self.weight(of: button, on: index)
            let sawBefore = before.online && before.freeCapacity >= weight
            let seesNow = agents[index].presence == .online && agents[index].freeCapacity >= weight
            guard sawBefore != seesNow else { continue }
            for slot in waitingChats(of: button) {
                decide(seesNow ? .choiceOffered(ChatID(slot), agent) : .choiceWithdrawn(ChatID(slot), agent))
            }
        }
    }

    /// The chats waiting in a button's queue, in queue order.
    func waitingChats(of button: Int) -> [Int32] {
        buttons[button].queue.elements.sorted { $0.key < $1.key }.map { Int32($0.id) }
    }
}
