import Foundation

extension ReportDirectory {
    /// A report being written, for reports whose files are not all in memory at once: a
    /// temporary folder beside the destination (`.<name>.writing-<token>`) that writers fill
    /// over time, then ``commit()`` moves into place, or ``discard()`` removes.
    public struct Staging: Sendable {
        /// Where the report goes.
        public let destination: URL
        /// The temporary folder to write the files into.
        public let folder: URL
        /// Where the previous report is moved while the new one takes its place.
        private let retired: URL

        /// Creates the temporary folder (and the destination's parent folders).
        public init(for destination: URL) throws {
            let manager = FileManager.default
            let parent = destination.deletingLastPathComponent()
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
            self.destination = destination
            folder = parent.appendingPathComponent(".\(destination.lastPathComponent).writing-\(token)")
            retired = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(token)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: false)
        }

        /// Writes `files` into the temporary folder.
        public func write(_ files: [(name: String, contents: String)]) throws {
            for file in files {
                try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.name))
            }
        }

        /// Replaces whatever is at the destination with the temporary folder. On failure the
        /// destination is as it was and the temporary folder is left for ``discard()``.
        public func commit() throws {
            let manager = FileManager.default
            guard manager.fileExists(atPath: destination.path) else {
                try manager.moveItem(at: folder, to: destination)
                return
            }
            try manager.moveItem(at: destination, to: retired)
            do {
                try manager.moveItem(at: folder, to: destination)
            } catch {
                try? manager.moveItem(at: retired, to: destination)
                throw error
            }
            try? manager.removeItem(at: retired)
        }

        /// Removes the temporary folder and what it holds.
        public func discard() {
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
