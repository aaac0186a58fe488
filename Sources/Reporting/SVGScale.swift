import Foundation

/// The value axis of a chart: from 0 to a round maximum, in steps of 1, 2, 2.5 or 5 times a power
/// of ten.
struct SVGScale {
    /// Top of the axis.
    let maximum: Double
    /// Distance between ticks.
    let step: Double

    /// An axis from 0 to `maximum` with ticks every `step`.
    init(maximum: Double, step: Double) {
        precondition(maximum > 0 && step > 0, "a scale needs a positive maximum and step")
        self.maximum = maximum
        self.step = step
    }

    /// The smallest round axis reaching `largest` in about `steps` steps (0 to 1 when there is
    /// nothing positive to show).
    init(covering largest: Double, steps: Int = 5) {
        guard largest > 0, largest.isFinite else {
            self.init(maximum: 1, step: 0.2)
            return
        }
        let step = Self.roundStep(atLeast: largest / Double(steps))
        self.init(maximum: (largest / step * (1 - 1e-9)).rounded(.up) * step, step: step)
    }

    /// The tick values, from 0 to the maximum.
    var ticks: [Double] {
        (0...Int((maximum / step).rounded())).map { Double($0) * step }
    }

    /// Where `value` lies on the axis, from 0 (bottom) to 1 (top), clamped to the axis.
    func fraction(_ value: Double) -> Double {
        Swift.min(Swift.max(value / maximum, 0), 1)
    }

    /// The decimals needed to write every tick exactly once multiplied by `multiplier`.
    func decimals(multiplier: Double) -> Int {
        let scaled = step * multiplier
        var decimals = 0
        while decimals < 6 {
            let shifted = scaled * pow(10, Double(decimals))
            if abs(shifted - shifted.rounded()) < 1e-6 * Swift.max(1, shifted) { break }
            decimals += 1
        }
        return decimals
    }

    /// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `rough` (positive).
    static func roundStep(atLeast rough: Double) -> Double {
        let magnitude = pow(10, log10(rough).rounded(.down))
        let factor = [1, 2, 2.5, 5].first { $0 * magnitude >= rough * (1 - 1e-9) } ?? 10
        return factor * magnitude
    }
}
