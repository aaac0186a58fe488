import ContactCenter

/// The 15-character ids of the records chatsim writes, shaped like Salesforce ids: the object's
/// three-character key prefix, then twelve uppercase base-36 digits (`0`–`9`, `A`–`Z`), left-padded
/// with `0`. Indices count from 0, in scenario order.
public enum RecordIDs {
    /// Key prefixes: `LiveChatTranscript`, `LiveChatButton`, `LiveChatDeployment`, `Skill`, `User`.
    static let transcriptPrefix = "570"
    static let buttonPrefix = "573"
    static let deploymentPrefix = "572"
    static let skillPrefix = "0C5"
    static let userPrefix = "005"

    /// A chat's transcript: `570`, the replication in 4 digits, the chat's number in 8 digits.
    public static func transcript(replication: Int, number: Int) -> String {
        transcriptPrefix + base36(replication, width: 4) + base36(number, width: 8)
    }

    /// The button at `index` (`LiveChatButton`).
    public static func button(_ index: Int) -> String { buttonPrefix + base36(index, width: 12) }

    /// The run's one deployment (`LiveChatDeployment`), named after the scenario.
    public static let deployment = deploymentPrefix + base36(0, width: 12)

    /// The skill numbered `index` (`Skill`, numbered as the compiled scenario numbers them).
    public static func skill(_ index: Int) -> String { skillPrefix + base36(index, width: 12) }

    /// The agent numbered `index` (`User`; agents are numbered group after group).
    public static func user(_ index: Int) -> String { userPrefix + base36(index, width: 12) }

    /// A record attached to a chat: the type's key prefix (`Case` `500`, `Contact` `003`, `Account`
    /// `001`, `Lead` `00Q`), then for a found record `0000` and its number among the existing ones
    /// in 8 digits (the same record on every day), for a created one the replication plus one in 4
    /// digits and its number among that day's created records of the type in 8 digits.
    public static func attached(_ record: AttachedRecord, replication: Int) -> String {
        let prefix = switch record.type {
        case .supportCase: "500"
        case .contact: "003"
        case .account: "001"
        case .lead: "00Q"
        }
        return switch record.origin {
        case .found(let number): prefix + base36(0, width: 4) + base36(number, width: 8)
        case .created(let number): prefix + base36(replication + 1, width: 4) + base36(number, width: 8)
        }
    }

    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    /// `value` in base 36, left-padded with `0` to exactly `width` digits; it must fit.
    static func base36(_ value: Int, width: Int) -> String {
        precondition(value >= 0, "record ids number from 0, found \(value)")
        var remaining = value
        var output = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        for position in stride(from: width - 1, through: 0, by: -1) where remaining > 0 {
            output[position] = digits[remaining % 36]
            remaining /= 36
        }
        precondition(remaining == 0, "\(value) does not fit in \(width) base-36 digits")
        return String(decoding: output, as: UTF8.self)
    }
}
