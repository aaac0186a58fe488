import Testing

@testable import Metrics

/// Input validation of ``ErlangModel``.
@Suite struct ErlangModelValidationTests {
    @Test func rejectsInvalidInputs() {
        #expect(throws: ErlangModelError.invalidArrivalRate(0)) {
            try ErlangModel(arrivalRate: 0, meanHandleTime: 1, agents: 1)
        }
        #expect(throws: ErlangModelError.invalidArrivalRate(.infinity)) {
            try ErlangModel(arrivalRate: .infinity, meanHandleTime: 1, agents: 1)
        }
        #expect(throws: ErlangModelError.invalidMeanHandleTime(-3)) {
            try ErlangModel(arrivalRate: 1, meanHandleTime: -3, agents: 1)
        }
        #expect(throws: ErlangModelError.invalidAgents(0)) {
            try ErlangModel(arrivalRate: 1, meanHandleTime: 1, agents: 0)
        }
        #expect(throws: ErlangModelError.invalidCapacity(0)) {
            try ErlangModel(arrivalRate: 1, meanHandleTime: 1, agents: 2, capacity: 0)
        }
        #expect(throws: ErlangModelError.tooManyServers(agents: Int.max, capacity: 2)) {
            try ErlangModel(arrivalRate: 1, meanHandleTime: 1, agents: Int.max, capacity: 2)
        }
        #expect(throws: ErlangModelError.invalidMeanPatience(0)) {
            try ErlangModel(arrivalRate: 1, meanHandleTime: 1, agents: 2, meanPatience: 0)
        }
        #expect(throws: ErlangModelError.self) {
            try ErlangModel(arrivalRate: .nan, meanHandleTime: 1, agents: 1)
        }
    }

    @Test func rejectsInvalidThreshold() throws {
        let model = try ErlangModel(arrivalRate: 1, meanHandleTime: 1, agents: 2, meanPatience: 5)
        #expect(throws: ErlangModelError.invalidThreshold(-1)) { try model.performance(threshold: -1) }
        #expect(throws: ErlangModelError.invalidThreshold(.infinity)) { try model.performance(threshold: .infinity) }
    }

    /// Patience so long that the overloaded queue's length distribution spreads over more terms than allowed.
    @Test func overlongPatienceInOverloadThrows() throws {
        let model = try ErlangModel(arrivalRate: 2, meanHandleTime: 1, agents: 1, meanPatience: 1e12)
        #expect(throws: ErlangModelError.truncationLimitExceeded(terms: ErlangModel.maximumQueueTerms)) {
            try model.performance(threshold: 1)
        }
    }

    @Test func errorsNameTheValue() {
        #expect(ErlangModelError.invalidCapacity(-2).description.contains("-2"))
        #expect(ErlangModelError.unstable(offeredLoad: 12.5, servers: 12).description.contains("12.5"))
    }

    @Test func derivedQuantities() throws {
        let model = try ErlangModel(arrivalRate: 0.02, meanHandleTime: 450, agents: 4, capacity: 3)
        #expect(model.servers == 12)
        #expect(model.offeredLoad == 9)
    }
}
