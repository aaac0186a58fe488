import Routing
import Stochastics

/// The addresses new visitors come from: an IPv4 range less the addresses that blocking rules
/// refuse, kept as disjoint pieces so that a draw is uniform over the addresses left.
struct VisitorAddresses: Sendable {
    /// First address of each piece, as a 32-bit IPv4 value.
    private let starts: [UInt32]
    /// Addresses in the pieces up to and including each one.
    private let cumulativeCounts: [UInt64]

    /// The addresses of `range` (both ends IPv4; otherwise there are none) that `rules` leave free.
    init(_ range: ClosedRange<IPAddress>, excluding rules: BlockingRules) {
        var starts: [UInt32] = []
        var cumulativeCounts: [UInt64] = []
        func addPiece(_ first: UInt64, _ last: UInt64) {
            starts.append(UInt32(first))
            cumulativeCounts.append((cumulativeCounts.last ?? 0) + last - first + 1)
        }
        if range.lowerBound.isIPv4 && range.upperBound.isIPv4 {
            var next = Self.value(range.lowerBound)
            let last = Self.value(range.upperBound)
            // Merged blocked ranges come in ascending order, none touching the next.
            for blocked in rules.ranges where blocked.overlaps(range) {
                let blockedFirst = Self.value(max(blocked.lowerBound, range.lowerBound))
                if blockedFirst > next { addPiece(next, blockedFirst - 1) }
                next = Self.value(min(blocked.upperBound, range.upperBound)) + 1
            }
            if next <= last { addPiece(next, last) }
        }
        self.starts = starts
        self.cumulativeCounts = cumulativeCounts
    }

    /// Number of addresses.
    var count: UInt64 { cumulativeCounts.last ?? 0 }

    /// The address at `position` (from 0, below ``count``) in ascending order.
    func address(at position: UInt64) -> IPAddress {
        let piece = cumulativeCounts.partitioningIndex { $0 > position }
        let before = piece == 0 ? 0 : cumulativeCounts[piece - 1]
        return IPAddress(ipv4: starts[piece] + UInt32(position - before))
    }

    /// An address drawn uniformly (one uniform draw, scaled to the count); there must be one.
    func draw(from stream: RandomStream) -> IPAddress {
        address(at: min(count - 1, UInt64(stream.uniform() * Double(count))))
    }

    /// The 32-bit value of an IPv4 address, widened.
    private static func value(_ address: IPAddress) -> UInt64 {
        address.low & 0xffff_ffff
    }
}

extension Array {
    /// The first index whose element satisfies `isAfter`, which must hold for every later element
    /// too; `count` when none does.
    fileprivate func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
