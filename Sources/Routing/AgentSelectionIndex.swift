import IndexedHeaps

/// Order in which agents are picked: the smaller key wins. The key packs, into one integer, the
/// routing model's measure (active chats for Least Active, minus free capacity for Most
/// Available) above the agent's assignment number, so that ties go to the agent whose last
/// assignment is the oldest. Agents start with assignment numbers equal to their index, so agents
/// never assigned work tie-break by index, before any agent that has been assigned work.
struct SelectionKey: Comparable, Sendable {
    /// Largest magnitude of a measure (active chats or free capacity units).
    static let measureLimit: Int32 = 1 << 15

    let packed: UInt64

    init(measure: Int32, lastAssignment: UInt64) {
        packed = UInt64(measure + Self.measureLimit) << 48 | lastAssignment
    }

    static func < (lhs: SelectionKey, rhs: SelectionKey) -> Bool { lhs.packed < rhs.packed }
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
                          lastAssignment: UInt64) {
        let id = Int(agent)
        if available {
            if usesLeastActive {
                leastActive.update(id, key: SelectionKey(measure: activeChats, lastAssignment: lastAssignment))
            }
            if usesMostAvailable {
                mostAvailable.update(id, key: SelectionKey(measure: -freeCapacity, lastAssignment: lastAssignment))
            }
        } else {
            if usesLeastActive { leastActive.remove(id) }
            if usesMostAvailable { mostAvailable.remove(id) }
        }
    }
}
