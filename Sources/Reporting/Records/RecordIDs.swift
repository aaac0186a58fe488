import ContactCenter
import Stochastics

/// The 15-character ids of the records chatsim writes, shaped like Salesforce ids: the object's
/// three-character key prefix, then twelve uppercase base-36 digits (`0`–`9`, `A`–`Z`), left-padded
/// with `0`. Indices count from 0, in scenario order.
public enum RecordIDs {
    /// Key prefixes: `LiveChatTranscript`, `LiveChatVisitor`, `LiveAgentSession` (chatsim's choice),
    /// `LiveChatButton`, `LiveChatDeployment`, `Skill`, `User`.
    static let transcriptPrefix = "570"
    static let visitorPrefix = "571"
    static let sessionPrefix = "0Lx"
    static let buttonPrefix = "573"
    static let deploymentPrefix = "572"
    static let skillPrefix = "0C5"
    static let userPrefix = "005"

    /// A chat's transcript: `570`, the replication in 4 digits, the chat's number in 8 digits.
    public static func transcript(replication: Int, number: Int) -> String {
        transcriptPrefix + base36(replication, width: 4) + base36(number, width: 8)
    }

    /// A visitor (`LiveChatVisitor`): `571`, the replication in 4 digits, the visitor's number in 8
    /// digits.
    public static func visitor(replication: Int, number: Int) -> String {
        visitorPrefix + base36(replication, width: 4) + base36(number, width: 8)
    }

    /// An agent session (`LiveAgentSession`): `0Lx`, the replication in 4 digits, the session's
    /// number in 8 digits.
    public static func session(replication: Int, number: Int) -> String {
        sessionPrefix + base36(replication, width: 4) + base36(number, width: 8)
    }

    /// A chat's `ChatKey`: a key shaped like a random (version 4) UUID, derived from the replication
    /// and the chat's number.
    public static func chatKey(replication: Int, number: Int) -> String {
        uuidShaped(kind: 1, replication: replication, number: number)
    }

    /// A visitor's `SessionKey`: a key shaped like a random (version 4) UUID, derived from the
    /// replication and the visitor's number.
    public static func sessionKey(replication: Int, number: Int) -> String {
        uuidShaped(kind: 2, replication: replication, number: number)
    }

    /// The button at `index` (`LiveChatButton`).
    public static func button(_ index: Int) -> String { buttonPrefix + base36(index, width: 12) }

    /// The run's one deployment (`LiveChatDeployment`), named after the scenario.
    public static let deployment = deploymentPrefix + base36(0, width: 12)

    /// The skill numbered `index` (`Skill`, numbered as the compiled scenario numbers them).
    public static func skill(_ index: Int) -> String { skillPrefix + base36(index, width: 12) }

    /// The agent numbered `index` (`User`; agents are numbered group after group).
    public static func user(_ index: Int) -> String { userPrefix + base36(index, width: 12) }

    /// A record attached to a chat: the key prefix of its type (``RecordCatalog/keyPrefix(of:)``),
    /// then for a found record `0000` and its number among the existing ones in 8 digits (the same
    /// record on every day), for a created one the replication plus one in 4 digits and its
    /// number among that day's created records of the type in 8 digits.
    public static func attached(_ record: AttachedRecord, prefix: String, replication: Int) -> String {
        switch record.origin {
        case .found(let number): prefix + base36(0, width: 4) + base36(number, width: 8)
        case .created(let number): prefix + base36(replication + 1, width: 4) + base36(number, width: 8)
        }
    }

    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` (lowercase hexadecimal, `y` one of `8`, `9`, `a`, `b`),
    /// its bits mixed from `kind`, `replication` and `number` so that different inputs give
    /// unrelated-looking keys.
    static func uuidShaped(kind: UInt64, replication: Int, number: Int) -> String {
        let mixed = mix(kind &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(replication) << 40 ^ UInt64(number))
        let high = mixed & ~0xF000 | 0x4000  // version 4
        let low = mix(mixed ^ 0xD1B5_4A32_D192_ED03) & ~(0xC << 60) | 0x8 << 60  // variant 10xx
        var output: [UInt8] = []
        output.reserveCapacity(36)
        for (index, word) in [high, low].enumerated() {
            for nibble in 0..<16 {
                let position = index * 16 + nibble
                if [8, 12, 16, 20].contains(position) { output.append(UInt8(ascii: "-")) }
                output.append(hexDigits[Int(word >> (60 - 4 * UInt64(nibble)) & 0xF)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One SplitMix64 step from `value`: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: value)
        return generator.next()
    }

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
