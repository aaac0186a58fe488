import Chatsim
import Foundation

/// Draws a run's progress on one line of standard error, redrawn at most ten times a second, when
/// standard error is a terminal; does nothing otherwise (logs and pipes stay clean).
final class TerminalProgress {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?

    init() {
        start = clock.now
    }

    /// Redraws the line with `progress`, unless it was drawn less than 0.1 s ago.
    func show(_ progress: RunProgress) {
        guard isTerminal else { return }
        let now = clock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        let elapsed = (now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
        write("\r" + progress.line(elapsedSeconds: seconds) + "\u{1B}[K")
    }

    /// Erases the line, so that what follows starts on a clean line.
    func finish() {
        guard isTerminal, lastDrawn != nil else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
