import Foundation

/// A record file could not be written (a full disk, say); `chatsim run` then writes no report.
public struct RecordWriteError: Error, CustomStringConvertible {
    /// The file being written.
    public let file: URL
    /// What went wrong.
    public let underlying: any Error

    /// Wraps `underlying`, met while writing `file`.
    public init(file: URL, underlying: any Error) {
        self.file = file
        self.underlying = underlying
    }

    public var description: String {
        "could not write the chat records to \(file.path): \(underlying.localizedDescription)"
    }

    /// Runs `body`, turning what it throws into a ``RecordWriteError`` about `file`.
    static func attempt<Result>(writing file: URL, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RecordWriteError {
            throw error
        } catch {
            throw RecordWriteError(file: file, underlying: error)
        }
    }
}
