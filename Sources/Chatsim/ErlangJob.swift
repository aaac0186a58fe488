import Foundation
import Metrics
import Reporting
import ScenarioFiles

/// What `chatsim erlang` does: the exact Erlang C (M/M/n) or Erlang A (M/M/n+M) values of the
/// summary metrics for a stationary chat center with exponential handle times and patience.
public struct ErlangJob: Sendable {
    /// The queueing model.
    public let model: ErlangModel
    /// Service-level threshold T, in seconds.
    public let threshold: Double

    /// Reads the model from command-line style texts: a rate like `4.2/min`, durations like `2m`.
    public init(rate: String, handle: String, agents: Int, capacity: Int, patience: String?, threshold: String) throws {
        func parse(_ option: String, _ text: String, _ parser: (String) throws(ExpressionError) -> Double) throws -> Double {
            do {
                return try parser(text)
            } catch {
                throw ErlangJobError(message: "--\(option): \(error.message)")
            }
        }
        let arrivalRate = try parse("rate", rate, RateExpression.parse)
        let meanHandleTime = try parse("handle", handle, DurationExpression.parse)
        let meanPatience = try patience.map { try parse("patience", $0, DurationExpression.parse) }
        self.threshold = try parse("threshold", threshold, DurationExpression.parse)
        do {
            model = try ErlangModel(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime, agents: agents,
                                    capacity: capacity, meanPatience: meanPatience)
        } catch {
            throw ErlangJobError(message: error.description)
        }
    }

    /// The exact values.
    public func performance() throws -> QueueingPerformance {
        do {
            return try model.performance(threshold: threshold)
        } catch {
            throw ErlangJobError(message: error.description)
        }
    }

    /// The values under the keys `summary.json` uses (`null` where a value does not exist).
    public func json() throws -> JSONValue {
        let exact = try performance()
        return .object([
            ("model", .string(model.meanPatience == nil ? "Erlang C (M/M/n)" : "Erlang A (M/M/n+M)")),
            ("arrivalRatePerHour", .number(model.arrivalRate * 3600)),
            ("meanHandleTimeSeconds", .number(model.meanHandleTime)),
            ("meanPatienceSeconds", .finite(model.meanPatience)),
            ("agents", .integer(model.agents)),
            ("capacity", .integer(model.capacity)),
            ("servers", .integer(exact.servers)),
            ("offeredLoad", .number(exact.offeredLoad)),
            ("serviceLevelThresholdSeconds", .number(threshold)),
            ("probWait", .number(exact.probWait)),
            ("meanWait", .number(exact.meanWait)),
            ("meanAnsweredWait", .number(exact.meanAnsweredWait)),
            ("serviceLevel", .number(exact.serviceLevel)),
            ("abandonRate", .number(exact.abandonRate)),
            ("meanAbandonedAfter", .finite(exact.meanAbandonedAfter)),
            ("utilization", .number(exact.utilization)),
            ("occupancy", .finite(exact.occupancy)),
        ])
    }

    /// A readable table of the values.
    public func text() throws -> String {
        let exact = try performance()
        func percent(_ value: Double) -> String { String(format: "%.2f %%", value * 100) }
        func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
        var lines = [
            model.meanPatience == nil ? "Erlang C (M/M/n), exact steady state" : "Erlang A (M/M/n+M), exact steady state",
            "  servers (agents × capacity)   \(exact.servers) (\(model.agents) × \(model.capacity))",
            "  offered load                  \(String(format: "%.3f", exact.offeredLoad)) erlangs",
            "  probWait       P(wait > 0)    \(percent(exact.probWait))",
            "  meanWait       E[wait]        \(seconds(exact.meanWait))",
            "  serviceLevel   P(wait ≤ \(String(format: "%g", threshold)) s) \(percent(exact.serviceLevel))",
            "  abandonRate    P(abandon)     \(percent(exact.abandonRate))",
        ]
        if let after = exact.meanAbandonedAfter { lines.append("  meanAbandonedAfter            \(seconds(after))") }
        lines.append("  utilization                   \(percent(exact.utilization))")
        lines.append("  occupancy                     " + (exact.occupancy.map(percent) ?? "n/a (no closed form for capacity > 1)"))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A bad `chatsim erlang` argument or an unstable model.
public struct ErlangJobError: Error, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    public var description: String { message }
}
