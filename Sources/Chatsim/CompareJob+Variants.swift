import ContactCenter
import Foundation
import Reporting
import ScenarioFiles

extension CompareJob {
    /// The variants to simulate, the baseline first, with every variant given the comparison's seed
    /// and number of replications (the options', or else the baseline's), and a note for each
    /// variant whose own seed or replication count was replaced.
    ///
    /// Throws when there are too few files (or not exactly one with a variation), a file or the
    /// variation is invalid, or the variants differ in horizon, warm-up or reporting interval.
    public func variants() throws -> (variants: [ComparisonVariant], notes: [String]) {
        let loaded = try loadVariants()
        let baseline = loaded[0].scenario
        let seed = self.seed ?? baseline.seed
        let replications = self.replications ?? baseline.replications
        var notes: [String] = []
        var problems: [String] = []
        let variants = loaded.enumerated().map { index, variant in
            var scenario = variant.scenario
            if scenario.seed != seed && self.seed == nil {
                notes.append("\(variant.source): seed \(scenario.seed) replaced by the baseline's \(seed), so that the variants share random numbers")
            }
            if scenario.replications != replications && self.replications == nil {
                notes.append("\(variant.source): replications \(scenario.replications) replaced by the baseline's \(replications)")
            }
            scenario.seed = seed
            scenario.replications = replications
            if index > 0 { problems += Self.incompatibilities(of: variant, with: loaded[0]) }
            problems += scenario.problems().map { problem in
                if problem.path == "replications" { return "--replications: \(problem.message)" }
                if let override = variant.override { return "--vary \(override): \(problem)" }
                return "\(variant.source): \(problem)"
            }
            return ComparisonVariant(name: variant.name, source: variant.source, override: variant.override, scenario: scenario)
        }
        var unique: [String] = []
        for problem in problems where !unique.contains(problem) { unique.append(problem) }
        guard unique.isEmpty else { throw CompareJobError(unique) }
        return (variants, notes)
    }

    /// The scenario files read, and the variation applied, as the scenarios' own settings.
    func loadVariants() throws -> [ComparisonVariant] {
        if let text = variation {
            guard scenarioFiles.count == 1 else {
                throw CompareJobError("--vary: expected exactly one scenario file, found \(scenarioFiles.count)")
            }
            let variation = try ScenarioVariation(parsing: text)
            let source = scenarioFiles[0].relativePath
            let scenario = try ScenarioLoader.load(contentsOf: scenarioFiles[0])
            return try variation.settings.map { setting in
                ComparisonVariant(name: variation.name(of: setting), source: source, override: variation.override(setting),
                                  scenario: try variation.applying(setting.value, to: scenario, file: source))
            }
        }
        guard scenarioFiles.count >= 2 else {
            throw CompareJobError("expected at least two scenario files to compare, or one with --vary PATH=VALUE,VALUE,…, found \(scenarioFiles.count)")
        }
        var scenarios: [Scenario] = []
        var errors: [String] = []
        for file in scenarioFiles {
            do {
                scenarios.append(try ScenarioLoader.load(contentsOf: file))
            } catch {
                errors.append(error.description)
            }
        }
        guard errors.isEmpty else { throw CompareJobError(errors) }
        var names: [String] = []
        return zip(scenarioFiles, scenarios).map { file, scenario in
            var name = scenario.name
            var copy = 1
            while names.contains(name) {
                copy += 1
                name = "\(scenario.name) (\(copy))"
            }
            names.append(name)
            return ComparisonVariant(name: name, source: file.relativePath, scenario: scenario)
        }
    }

    /// Why `variant` cannot be compared with `baseline`: each simulated-time setting that differs.
    static func incompatibilities(of variant: ComparisonVariant, with baseline: ComparisonVariant) -> [String] {
        let fields: [(String, KeyPath<Scenario, Double>)] = [("horizon", \.horizon), ("warmup", \.warmup), ("interval", \.interval)]
        return fields.compactMap { field, path in
            let expected = baseline.scenario[keyPath: path]
            let found = variant.scenario[keyPath: path]
            guard expected != found else { return nil }
            return "\(variant.source): \(field): expected \(Self.seconds(expected)) like the baseline \(baseline.source), found \(Self.seconds(found)); variants are compared over the same simulated day"
        }
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%g s", value)
    }
}
