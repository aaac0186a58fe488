import Foundation

/// Writes a set of report files so that readers never see a half-written report: the files go to a
/// temporary folder beside the destination, which then replaces the destination in one rename.
public enum ReportDirectory {
    /// Writes `files` into `destination`, replacing what was there. On failure nothing at
    /// `destination` has changed and the temporary folder is removed.
    public static func write(_ files: [(name: String, contents: String)], to destination: URL) throws {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).writing-\(token)")
        let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                try Data(file.contents.utf8).write(to: staging.appendingPathComponent(file.name))
            }
            if manager.fileExists(atPath: destination.path) {
                try manager.moveItem(at: destination, to: retired)
                do {
                    try manager.moveItem(at: staging, to: destination)
                } catch {
                    try? manager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: destination)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
