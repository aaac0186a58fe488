import Foundation

/// Wall-clock timing and peak memory for benchmark figures.
enum Stopwatch {
    /// Runs `body` and returns its result with the elapsed seconds.
    static func time<Result>(_ body: () async throws -> Result) async rethrows -> (Result, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (result, seconds)
    }

    /// Peak resident memory of this process so far, in MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KiB on Linux
    }
}
