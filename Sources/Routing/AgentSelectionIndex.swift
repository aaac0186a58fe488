import IndexedHeaps

/// Order in which agents are picked: the smaller key wins. `primary` is the routing model's
/// measure (active chats for Least Active, minus free capacity for Most Available); ties go to the
/// agent who was last assigned work longest ago, then to the lower agent index.
struct SelectionKey: Comparable, Sendable {
    var primary: Int32
    var lastAssignedAt: Double
    var agent: Int32

    init(primary: Int32, lastAssignedAt: Double, agent: Int32) {
        self.primary = primary
        self.lastAssignedAt = lastAssignedAt
        self.agent = agent
    }

    static func < (lhs: SelectionKey, rhs: SelectionKey) -> Bool {
        if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
        if lhs.lastAssignedAt != rhs.lastAssignedAt { return lhs.lastAssignedAt < rhs.lastAssignedAt }
        return lhs.agent < rhs.agent
    }
}

/// For one skill: the Online agents holding it that have free capacity, ordered for each routing
/// model that some button requiring the skill uses. Selection is O(1), upkeep O(log n) per change.
struct AgentSelectionIndex: Sendable {
    var leastActive = IndexedHeap<SelectionKey>()
    var mostAvailable = IndexedHeap<SelectionKey>()
    var usesLeastActive = false
    var usesMostAvailable = false
    /// Every agent holding the skill, for the rare fallback scan (see `Router.selectAgent`).
    var holders: [Int32] = []
    /// Number of holders currently Online.
    var onlineHolders = 0

    init() {}

    mutating func use(_ model: RoutingModel) {
        switch model {
        case .leastActive: usesLeastActive = true
        case .mostAvailable: usesMostAvailable = true
        }
    }

    func best(for model: RoutingModel) -> Int32? {
        switch model {
        case .leastActive: leastActive.min.map { Int32($0.id) }
        case .mostAvailable: mostAvailable.min.map { Int32($0.id) }
        }
    }

    /// Puts `agent` in the index with its current measures, or takes it out when it cannot take work.
    mutating func refresh(agent: Int32, available: Bool, activeChats: Int32, freeCapacity: Int32,
                          lastAssignedAt: Double) {
        let id = Int(agent)
        if available {
            if usesLeastActive {
                leastActive.update(id, key: SelectionKey(
                    primary: activeChats, lastAssignedAt: lastAssignedAt, agent: agent))
            }
            if usesMostAvailable {
                mostAvailable.update(id, key: SelectionKey(
                    primary: -freeCapacity, lastAssignedAt: lastAssignedAt, agent: agent))
            }
        } else {
            if usesLeastActive { leastActive.remove(id) }
            if usesMostAvailable { mostAvailable.remove(id) }
        }
    }
}
