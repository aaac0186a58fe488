/// A unit of time as written after a number in durations (`90s`) and after the slash in rates (`120/h`).
enum TimeUnit: Int {
    // Raw values order the units from largest to smallest.
    case day, hour, minute, second, millisecond

    /// The unit written `symbol`: `d`, `h`, `m` or `min`, `s`, `ms`.
    init?(symbol: String) {
        switch symbol {
        case "d": self = .day
        case "h": self = .hour
        case "m", "min": self = .minute
        case "s": self = .second
        case "ms": self = .millisecond
        default: return nil
        }
    }

    /// The length of `amount` units, in seconds.
    func seconds(_ amount: Double) -> Double {
        switch self {
        case .day: amount * 86_400
        case .hour: amount * 3_600
        case .minute: amount * 60
        case .second: amount
        case .millisecond: amount / 1_000
        }
    }
}
