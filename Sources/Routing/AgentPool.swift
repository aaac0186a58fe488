import IndexedHeaps

/// Order in which agents are picked: the smaller key wins. The key packs, into one integer, the
/// routing model's measure (chats held for Least Active, minus free capacity for Most Available)
/// above the agent's assignment number, so that ties go to the agent whose last assignment is the
/// oldest. Agents start with assignment numbers equal to their index, so agents never assigned
/// work tie-break by index, before any agent that has been assigned work.
struct SelectionKey: Comparable, Sendable {
    /// Measures lie in `-measureLimit ..< measureLimit`.
    static let measureLimit: Int32 = 1 << 19

    let packed: UInt64

    init(measure: Int32, lastAssignment: UInt64) {
        packed = UInt64(measure + Self.measureLimit) << 44 | lastAssignment
    }

    static func < (lhs: SelectionKey, rhs: SelectionKey) -> Bool { lhs.packed < rhs.packed }
}

/// The agents qualified for some buttons: those holding a skill at or above a minimum level.
/// It counts its logged-in and Online members and, for each push model its buttons use, orders
/// the Online members with free capacity, so that selection is O(1) and upkeep O(log n).
struct AgentPool: Sendable {
    let skill: Int32
    let minimumLevel: Int?
    var members: [Int32] = []
    var buttons: [Int32] = []
    var loggedIn = 0
    var online = 0
    var leastActive = IndexedHeap<SelectionKey>()
    var mostAvailable = IndexedHeap<SelectionKey>()
    var usesLeastActive = false
    var usesMostAvailable = false

    init(skill: Int32, minimumLevel: Int?) {
        self.skill = skill
        self.minimumLevel = minimumLevel
    }

    /// Whether an agent holding the pool's skill at `level` qualifies.
    func admits(level: Int) -> Bool { level >= (minimumLevel ?? Int.min) }

    mutating func use(_ model: RoutingModel) {
        switch model {
        case .leastActive: usesLeastActive = true
        case .mostAvailable: usesMostAvailable = true
        case .choice: break
        }
    }

    @inline(__always)
    func best(for model: RoutingModel) -> Int32? {
        switch model {
        case .leastActive: leastActive.min.map { Int32($0.id) }
        case .mostAvailable: mostAvailable.min.map { Int32($0.id) }
        case .choice: nil
        }
    }

    /// Puts `agent` in the indexes with its current measures, or takes it out when it cannot take work.
    mutating func refresh(agent: Int32, available: Bool, heldChats: Int32, freeCapacity: Int32,
                          lastAssignment: UInt64) {
        let id = Int(agent)
        if available {
            if usesLeastActive {
                leastActive.update(id, key: SelectionKey(measure: heldChats, lastAssignment: lastAssignment))
            }
            if usesMostAvailable {
                mostAvailable.update(id, key: SelectionKey(measure: -freeCapacity, lastAssignment: lastAssignment))
            }
        } else {
            if usesLeastActive { leastActive.remove(id) }
            if usesMostAvailable { mostAvailable.remove(id) }
        }
    }

    /// The best available member for `model` other than the agents in `excluded`: they are taken
    /// out of the index for the lookup and put back, without allocating.
    mutating func best(for model: RoutingModel, excluding excluded: DeclinerRing) -> Int32? {
        var removed = DeclinerRing()
        var keys: (SelectionKey?, SelectionKey?, SelectionKey?, SelectionKey?) = (nil, nil, nil, nil)
        var count = 0
        excluded.forEach { agent in
            let key = model == .mostAvailable ? mostAvailable.remove(Int(agent)) : leastActive.remove(Int(agent))
            guard let key else { return }
            removed.record(agent)
            switch count {
            case 0: keys.0 = key
            case 1: keys.1 = key
            case 2: keys.2 = key
            default: keys.3 = key
            }
            count += 1
        }
        let candidate = best(for: model)
        var position = 0
        removed.forEach { agent in
            let key: SelectionKey?
            switch position {
            case 0: key = keys.0
            case 1: key = keys.1
            case 2: key = keys.2
            default: key = keys.3
            }
            position += 1
            guard let key else { return }
            if model == .mostAvailable {
                mostAvailable.insert(Int(agent), key: key)
            } else {
                leastActive.insert(Int(agent), key: key)
            }
        }
        return candidate
    }
}
