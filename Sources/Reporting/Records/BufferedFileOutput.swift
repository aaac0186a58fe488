import Foundation

/// A file written front to back through a buffer, so that many small appends make few writes, and
/// that can append whole files by copying them in chunks (never holding a whole file in memory).
/// Errors (a full disk, say) are thrown by the call that meets them, as ``RecordWriteError``s.
final class BufferedFileOutput {
    /// The file written.
    let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Bytes copied at a time by ``appendContents(of:)``.
    static let chunkSize = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(creating url: URL, capacity: Int = 1 << 16) throws {
        self.url = url
        handle = try RecordWriteError.attempt(writing: url) {
            try Data().write(to: url)
            return try FileHandle(forWritingTo: url)
        }
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends `fields` as a CSV line (see ``CSVTable/appendLine(_:to:)``).
    func appendLine(_ fields: [String]) throws {
        CSVTable.appendLine(fields, to: &buffer)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends the contents of the file at `url`, chunk by chunk.
    func appendContents(of url: URL) throws {
        try flush()
        try RecordWriteError.attempt(writing: self.url) {
            let reader = try FileHandle(forReadingFrom: url)
            defer { try? reader.close() }
            while let chunk = try reader.read(upToCount: Self.chunkSize), !chunk.isEmpty {
                try handle.write(contentsOf: chunk)
            }
        }
    }

    /// Writes out what the buffer holds.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try RecordWriteError.attempt(writing: url) { try handle.write(contentsOf: buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out the buffer and closes the file.
    func close() throws {
        try flush()
        try RecordWriteError.attempt(writing: url) { try handle.close() }
    }
}
