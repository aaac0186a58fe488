import ArgumentParser
import Foundation

/// Prints an error for the user on standard error and ends the command with exit status 1.
func fail(_ error: any Error) -> ExitCode {
    let text = String(describing: error)
    FileHandle.standardError.write(Data(("error: " + text.replacingOccurrences(of: "\n", with: "\nerror: ") + "\n").utf8))
    return ExitCode.failure
}
