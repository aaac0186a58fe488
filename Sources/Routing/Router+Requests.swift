extension Router {
    /// A visitor requests a chat on `button`, from `address` when known. Returns the chat's id; the
    /// decisions that follow tell whether it was pushed to an agent, shown to Choice agents,
    /// queued, or canceled (blocked address, no qualified agent logged in, full queue).
    public mutating func requestChat(on button: ButtonID, from address: IPAddress? = nil, at time: Double) -> ChatID {
        let buttonIndex = Int(button.index)
        let slot = allocateChatSlot()
        chats[Int(slot)] = ChatState(status: .queued, button: button.index, requestTime: time, sequence: nextSequence)
        nextSequence &+= 1
        let chat = ChatID(slot)
        let pool = Int(buttons[buttonIndex].pool)
        if let address, blocking.blocks(address) {
            finish(slot, with: .canceled(chat, .blocked))
        } else if pools[pool].loggedIn == 0 {
            finish(slot, with: .canceled(chat, .noAgent))
        } else if buttons[buttonIndex].model != .choice, buttons[buttonIndex].queue.isEmpty,
                  let agent = selectAgent(for: slot) {
            offer(slot, to: agent, at: time)
        } else if queueIsFull(buttonIndex) {
            finish(slot, with: .canceled(chat, .noQueue))
        } else {
            enqueue(slot, at: time)
        }
        return chat
    }

    /// Adds a blocking rule while running: later requests from its addresses are refused.
    public mutating func addBlockingRule(_ rule: BlockingRule) {
        blocking.add(rule)
    }

    /// Whether the button's queue is at its overall or per-agent length limit.
    @inline(__always)
    func queueIsFull(_ button: Int) -> Bool {
        let limit = configuration.buttons[button].queueLimit
        let waiting = buttons[button].queue.count
        if let overall = limit.overall, waiting >= overall { return true }
        if let perAgent = limit.perAgent, waiting >= perAgent * pools[Int(buttons[button].pool)].online { return true }
        return false
    }

    /// Puts a chat in its button's queue, by its original request time, and shows a Choice
    /// request to the agents who can take it.
    mutating func enqueue(_ slot: Int32, at time: Double) {
        let state = chats[Int(slot)]
        let button = Int(state.button)
        chats[Int(slot)].status = .queued
        chats[Int(slot)].agent = -1
        buttons[button].queue.insert(Int(slot), key: QueueKey(
            priority: buttons[button].priority, requestTime: state.requestTime, sequence: state.sequence))
        countQueued(1, at: time)
        decide(.enqueued(ChatID(slot), ButtonID(button)))
        if buttons[button].model == .choice {
            for agent in choiceViewers(of: button) { decide(.choiceOffered(ChatID(slot), AgentID(Int(agent)))) }
        } else {
            waitingPushChats += 1
        }
    }

    /// Takes a chat out of its queue; a Choice request is withdrawn from the agents who saw it.
    mutating func removeFromQueue(_ slot: Int32, exceptFor taker: Int32 = -1, at time: Double) {
        let button = Int(chats[Int(slot)].button)
        buttons[button].queue.remove(Int(slot))
        countQueued(-1, at: time)
        if buttons[button].model == .choice {
            for agent in choiceViewers(of: button) where agent != taker {
                decide(.choiceWithdrawn(ChatID(slot), AgentID(Int(agent))))
            }
        } else {
            waitingPushChats -= 1
        }
    }

    /// Routes a chat again after its offer went back: to the best agent with room (avoiding those
    /// who just declined it when others can take it), else back into its queue by its original
    /// request time.
    mutating func route(_ slot: Int32, at time: Double) {
        let chat = ChatID(slot)
        let button = Int(chats[Int(slot)].button)
        if pools[Int(buttons[button].pool)].loggedIn == 0 {
            finish(slot, with: .canceled(chat, .noAgent))
            return
        }
        let key = QueueKey(priority: buttons[button].priority, requestTime: chats[Int(slot)].requestTime,
                           sequence: chats[Int(slot)].sequence)
        let first = buttons[button].queue.min.map { key < $0.key } ?? true
        if buttons[button].model != .choice, first, let agent = selectAgent(for: slot) {
            offer(slot, to: agent, at: time)
        } else {
            enqueue(slot, at: time)
        }
    }

    /// Ends a chat's life with its final decision and frees its id (the next request on the id
    /// writes a fresh state).
    @inline(__always)
    mutating func finish(_ slot: Int32, with decision: RoutingDecision) {
        if !buttonTransfers.isEmpty {
            buttonTransfers[slot] = nil
            transferMessages[slot] = nil
        }
        chats[Int(slot)].status = .free
        freeChatSlots.append(slot)
        decide(decision)
    }

    mutating func allocateChatSlot() -> Int32 {
        if let slot = freeChatSlots.popLast() { return slot }
        chats.append(ChatState())
        return Int32(chats.count - 1)
    }
}
