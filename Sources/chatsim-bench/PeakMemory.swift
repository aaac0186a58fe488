import Foundation

/// Peak resident memory over a stretch of the run, from Linux's `/proc/self` (the high-water mark
/// `VmHWM`, which writing `5` to `clear_refs` resets to the current resident size).
enum PeakMemory {
    /// Starts a new stretch: the peak becomes the current resident memory.
    static func reset() {
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
    }

    /// Peak resident memory since the last ``reset()``, in MiB; `nil` where `/proc` is missing.
    static func sinceResetMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return nil }
        return kibibytes / 1024
    }
}
