/// An agent known to the router, by its position in ``RouterConfiguration/agents``.
public struct AgentID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Position in the router's agent list.
    public let index: Int32

    /// Wraps a position in the router's agent list.
    @inlinable public init(_ index: Int) { self.index = Int32(index) }

    @inlinable public static func < (lhs: AgentID, rhs: AgentID) -> Bool { lhs.index < rhs.index }
    public var description: String { "agent#\(index)" }
}

/// A chat button (and its queue), by its position in ``RouterConfiguration/buttons``.
public struct ButtonID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Position in the router's button list.
    public let index: Int32

    /// Wraps a position in the router's button list.
    @inlinable public init(_ index: Int) { self.index = Int32(index) }

    @inlinable public static func < (lhs: ButtonID, rhs: ButtonID) -> Bool { lhs.index < rhs.index }
    public var description: String { "button#\(index)" }
}

/// A skill, by its number (`0 ..< RouterConfiguration.skillCount`).
public struct SkillID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The skill's number.
    public let index: Int32

    /// Wraps a skill number.
    @inlinable public init(_ index: Int) { self.index = Int32(index) }

    @inlinable public static func < (lhs: SkillID, rhs: SkillID) -> Bool { lhs.index < rhs.index }
    public var description: String { "skill#\(index)" }
}

/// A chat request known to the router. The router hands out ids when requests arrive and reuses
/// an id once its chat has reached its final outcome (ended or canceled), so callers keep
/// per-chat data in an array indexed by ``index`` and overwrite it for the next chat.
public struct ChatID: Hashable, Sendable, CustomStringConvertible {
    /// Slot of the chat in the router's chat table.
    public let index: Int32

    init(_ index: Int32) { self.index = index }
    public var description: String { "chat#\(index)" }
}
