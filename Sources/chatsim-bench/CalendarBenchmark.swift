import Foundation
import HeapModule
import SimulationKernel

/// The classic "hold" test of future-event lists: keep `pending` events scheduled; repeatedly take
/// the earliest and schedule a new one a random (exponential) time later. Run on chatsim's event
/// calendar and on a calendar built on swift-collections' `Heap`, with the same random times.
enum CalendarBenchmark {
    /// A bare-bones calendar over swift-collections' `Heap`, ordered like chatsim's by (time, sequence).
    struct HeapCalendar {
        struct Entry: Comparable {
            var time: Double
            var sequence: UInt64
            var payload: Int32
            static func < (lhs: Entry, rhs: Entry) -> Bool {
                lhs.time < rhs.time || (lhs.time == rhs.time && lhs.sequence < rhs.sequence)
            }
        }
        var heap = Heap<Entry>()
        var sequence: UInt64 = 0
        var now = 0.0

        mutating func schedule(_ payload: Int32, at time: Double) {
            heap.insert(Entry(time: time, sequence: sequence, payload: payload))
            sequence &+= 1
        }

        mutating func next() -> Int32? {
            guard let entry = heap.popMin() else { return nil }
            now = entry.time
            return entry.payload
        }
    }

    /// Exponential variates from a fixed xorshift generator, so both calendars see the same times.
    struct Delays {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> Double {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return -log(Double(state >> 11 | 1) / Double(1 << 53))
        }
    }

    /// Operations (one pop plus one schedule) per second for chatsim's calendar and for the
    /// swift-collections baseline.
    static func run(pending: Int, operations: Int) async -> (chatsim: Double, baseline: Double, checksum: Bool) {
        var delays = Delays()
        var calendar = EventCalendar<Int32>()
        for index in 0..<pending { calendar.schedule(Int32(index), at: delays.next()) }
        let (sumChatsim, chatsimSeconds) = await Stopwatch.time { () -> Int in
            var sum = 0
            for _ in 0..<operations {
                let payload = calendar.next()!
                sum &+= Int(payload)
                calendar.schedule(payload, at: calendar.now + delays.next())
            }
            return sum
        }
        delays = Delays()
        var baseline = HeapCalendar()
        for index in 0..<pending { baseline.schedule(Int32(index), at: delays.next()) }
        let (sumBaseline, baselineSeconds) = await Stopwatch.time { () -> Int in
            var sum = 0
            for _ in 0..<operations {
                let payload = baseline.next()!
                sum &+= Int(payload)
                baseline.schedule(payload, at: baseline.now + delays.next())
            }
            return sum
        }
        return (Double(operations) / chatsimSeconds, Double(operations) / baselineSeconds, sumChatsim == sumBaseline)
    }
}
