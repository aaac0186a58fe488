import Chatsim
import Testing

@Suite struct ErlangJobTests {
    @Test func readsHumanUnitsAndComputesTheExactValues() throws {
        let job = try ErlangJob(rate: "4.2/min", handle: "2m", agents: 12, capacity: 1, patience: nil, threshold: "20s")
        #expect(abs(job.model.arrivalRate - 0.07) < 1e-15)
        #expect(job.model.meanHandleTime == 120)
        let exact = try job.performance()
        #expect(abs(exact.utilization - 0.7) < 1e-12)
        let text = try job.text()
        #expect(text.contains("Erlang C (M/M/n)"))
        #expect(text.contains("utilization                   70.00 %"))
        let json = try job.json().serialized()
        #expect(json.contains("\"utilization\": 0.7"))
        #expect(json.contains("\"meanAbandonedAfter\": null"))
    }

    @Test func patienceSelectsErlangA() throws {
        let job = try ErlangJob(rate: "250/h", handle: "90s", agents: 6, capacity: 2, patience: "1m", threshold: "30s")
        #expect(try job.text().contains("Erlang A (M/M/n+M)"))
        #expect(try job.performance().servers == 12)
        #expect(try job.performance().occupancy == nil, "no closed form with capacity above one")
    }

    @Test func badArgumentsNameTheOption() {
        #expect(throws: ErlangJobError.self) {
            try ErlangJob(rate: "4.2", handle: "2m", agents: 12, capacity: 1, patience: nil, threshold: "20s")
        }
        do {
            _ = try ErlangJob(rate: "4.2/min", handle: "2", agents: 12, capacity: 1, patience: nil, threshold: "20s")
        } catch {
            #expect("\(error)".hasPrefix("--handle: "))
        }
        #expect(throws: ErlangJobError.self) {
            try ErlangJob(rate: "10/min", handle: "2m", agents: 12, capacity: 1, patience: nil, threshold: "20s").performance()
        }
    }
}
