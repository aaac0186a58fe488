import Routing
import Stochastics

/// The visitors of one replication's day: for each, its address, its attribute values and the
/// chats it requested. A new arrival is a returning visitor (an earlier one of the day, drawn
/// uniformly) with the scenario's returning share, else a new visitor whose address and attributes
/// are drawn; each draw comes from the arrival button's own streams.
///
/// Visitors are numbered from 0 in order of first arrival. Each takes a few dozen bytes, kept for
/// the day so that any of them can come back.
///
/// Who visitors are matters only to blocking rules and to the records: a day with neither (no rule,
/// no agent who blocks, no records written) keeps no book at all, and draws nothing for it. The
/// book's draws come from streams of their own, so keeping it or not changes no other draw.
struct VisitorBook {
    private let setup: CompiledVisitors
    /// Whether the day's visitors are kept (see above).
    let isKept: Bool
    /// Per button: whether an arrival returns, and which earlier visitor (only with a share > 0).
    private let returning: [RandomStream]?
    private let returnee: [RandomStream]?
    /// Per button: the addresses and attributes of new visitors.
    private let profile: [RandomStream]
    private var addresses: [IPAddress] = []
    /// The value chosen for each attribute, ``attributeCount`` per visitor.
    private var choices: [UInt16] = []
    private var chatCounts: [Int32] = []

    private static let attributeCount = VisitorAttribute.allCases.count

    /// The book of one day; `kept` says whether it keeps the visitors (see ``VisitorBook``).
    init(_ setup: CompiledVisitors, kept: Bool, buttons: [String], seed: UInt64, replication: Int) {
        self.setup = setup
        isKept = kept
        func streams(_ name: (String) -> String) -> [RandomStream] {
            buttons.map { RandomStream(seed: seed, name: name($0), replication: replication) }
        }
        returning = kept && setup.returningShare > 0 ? streams(StreamNames.returning) : nil
        returnee = kept && setup.returningShare > 0 ? streams(StreamNames.returnee) : nil
        profile = kept ? streams(StreamNames.visitorProfile) : []
    }

    /// Number of visitors so far.
    var count: Int { chatCounts.count }

    /// The visitor of a chat requested on `button`: an earlier visitor coming back, or a new one,
    /// from the blocked address when `blocked`. Counts the request as one of the visitor's chats.
    /// A book that keeps no visitors answers 0 and draws nothing.
    mutating func arrival(on button: Int, blocked: Bool) -> Int {
        guard isKept else { return 0 }
        if let returning, returning[button].bernoulli(probability: setup.returningShare), count > 0 {
            let visitor = returnee![button].uniformInt(below: count)
            chatCounts[visitor] += 1
            return visitor
        }
        let stream = profile[button]
        let drawn = setup.addresses.draw(from: stream)
        addresses.append(blocked ? setup.blockedAddress! : drawn)
        var device: UInt16?
        for attribute in 0..<Self.attributeCount {
            if setup.drawsDevicesTogether && setup.isDeviceAttribute[attribute] {
                let chosen = device ?? setup.choice(of: attribute, at: stream.uniform())
                device = chosen
                choices.append(chosen)
            } else {
                choices.append(setup.choice(of: attribute, at: stream.uniform()))
            }
        }
        chatCounts.append(1)
        return count - 1
    }

    /// The address of visitor `visitor`; `nil` when the book keeps no visitors.
    func address(of visitor: Int) -> IPAddress? { isKept ? addresses[visitor] : nil }

    /// The number of chats visitor `visitor` requested so far.
    func chats(of visitor: Int) -> Int { Int(chatCounts[visitor]) }

    /// What a chat's record tells of visitor `visitor`.
    func chatVisitor(_ visitor: Int) -> ChatVisitor {
        let first = visitor * Self.attributeCount
        return ChatVisitor(number: visitor + 1, address: addresses[visitor], attributes: (0..<Self.attributeCount).map {
            setup.values[$0][Int(choices[first + $0])]
        })
    }
}
