import Foundation

/// Writes a set of report files so that readers never see a half-written report: the files go to a
/// temporary folder beside the destination, which then replaces the destination in one rename.
public enum ReportDirectory {
    /// Writes `files` into `destination`, replacing what was there. On failure nothing at
    /// `destination` has changed and the temporary folder is removed.
    public static func write(_ files: [(name: String, contents: String)], to destination: URL) throws {
        let staging = try Staging(for: destination)
        do {
            try staging.write(files)
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }
}
