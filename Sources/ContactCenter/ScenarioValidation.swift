import Stochastics

extension Scenario {
    /// Everything that makes this scenario impossible to run, in field order. Empty when the
    /// scenario is sound. Field paths use the scenario file's key names.
    public func problems() -> [ScenarioProblem] {
        var problems = ProblemList()
        if name.isEmpty { problems.report("name", "expected a non-empty name") }
        problems.checkPositiveDuration("horizon", horizon)
        if !(warmup >= 0 && warmup < horizon) {
            problems.report("warmup", "expected a duration ≥ 0s and shorter than the horizon (\(DurationText(horizon))), found \(DurationText(warmup))")
        }
        if replications < 1 { problems.report("replications", "expected a whole number ≥ 1, found \(replications)") }
        problems.checkPositiveDuration("interval", interval)
        if !(serviceLevelThreshold.isFinite && serviceLevelThreshold >= 0) {
            problems.report("serviceLevel", "expected a duration ≥ 0s, found \(DurationText(serviceLevelThreshold))")
        }
        if !(0...1 ~= serviceLevelTarget) {
            problems.report("serviceLevelTarget", "expected a share between 0 and 1 (like 80%), found \(serviceLevelTarget)")
        }
        if case .sample(let probability) = records, !(probability > 0 && probability <= 1) {
            problems.report("records.sample", "expected a probability > 0 and ≤ 1 (like 1%), found \(probability)")
        }
        if !startDate.isValid {
            problems.report("startDate", "expected a day that exists in the calendar (years 1–9999), found \(startDate)")
        }
        checkButtons(&problems)
        checkAgentGroups(&problems)
        problems.check("visitors.patience", visitors.patience)
        if !(0...1 ~= visitors.blockedShare) {
            problems.report("visitors.blockedShare", "expected a share between 0 and 1, found \(visitors.blockedShare)")
        } else if visitors.blockedShare > 0 && blocking.isEmpty {
            problems.report("visitors.blockedShare", "blocked visitors need at least one rule under blocking")
        }
        checkVisitorAttributes(&problems)
        switch service {
        case .simple(let handleTime): problems.check("service.handleTime", handleTime)
        case .conversation(let conversation): conversation.check(&problems)
        }
        return problems.list
    }
}

/// Problems found so far, with helpers for the common checks.
struct ProblemList {
    var list: [ScenarioProblem] = []

    mutating func report(_ path: String, _ message: String) {
        list.append(ScenarioProblem(path: path, message: message))
    }

    /// Reports a duration that is not positive and finite (nothing for `nil`: not given); returns
    /// whether it is sound.
    @discardableResult
    mutating func checkPositiveDuration(_ path: String, _ seconds: Double?) -> Bool {
        guard let seconds, !(seconds.isFinite && seconds > 0) else { return true }
        report(path, "expected a positive duration, found \(DurationText(seconds))")
        return false
    }

    /// Reports a probability outside 0…1.
    mutating func checkProbability(_ path: String, _ value: Double) {
        if !(0...1 ~= value) { report(path, "expected a probability between 0 and 1, found \(value)") }
    }

    /// Reports a distribution whose parameters cannot be sampled.
    mutating func check(_ path: String, _ distribution: Distribution?) {
        if let problem = distribution?.parameterProblem { report(path, problem) }
    }
}

/// A duration the way scenario files write it: `1h30m`, `45s`, `2.5s`.
struct DurationText: CustomStringConvertible {
    let seconds: Double

    init(_ seconds: Double) {
        self.seconds = seconds
    }

    var description: String {
        guard seconds.isFinite, seconds >= 0 else { return "\(seconds)s" }
        var rest = seconds
        var text = ""
        for (unit, length) in [("d", 86_400.0), ("h", 3_600.0), ("m", 60.0)] where rest >= length {
            let whole = (rest / length).rounded(.down)
            text += "\(Int64(whole))\(unit)"
            rest -= whole * length
        }
        if rest > 0 || text.isEmpty {
            text += rest == rest.rounded() ? "\(Int64(rest))s" : "\(rest)s"
        }
        return text
    }
}
