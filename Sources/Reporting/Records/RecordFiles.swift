import ContactCenter
import Foundation

/// The chat record files of a run, written into the report's folder beside the metric files
/// (which ``RunReport`` produces): `transcripts.csv`, `transcript_events.csv`, `visitors.csv`,
/// `agent_sessions.csv` and `record_keys.csv`.
///
/// Records are streamed to disk: while the run goes on, each replication's sink (``sinks``)
/// writes its own part files in a parts folder; ``finish(replications:)`` then joins the parts of
/// the replications the run kept, in replication order after a header, by copying them in chunks,
/// and removes the parts folder. The files are therefore the same whatever the number of jobs.
public struct RecordFiles: Sendable {
    /// The files joined from parts.
    enum Kind: String, CaseIterable {
        case transcripts
        case events = "transcript_events"
        case visitors
        case sessions = "agent_sessions"

        /// Column names of the file.
        func header(catalog: RecordCatalog) -> [String] {
            switch self {
            case .transcripts: TranscriptCSVRow.header(catalog: catalog)
            case .events: TranscriptEventCSVRow.header
            case .visitors: VisitorCSVRow.header
            case .sessions: AgentSessionCSVRow.header
            }
        }
    }

    /// File names, in the order they are written.
    public static let fileNames = Kind.allCases.map { "\($0.rawValue).csv" } + [keysFileName]
    static let keysFileName = "record_keys.csv"
    static let partsFolderName = "record-parts"

    /// The folder the files are written to.
    public let folder: URL
    /// Names and calendar of the run.
    public let catalog: RecordCatalog
    private let errors = RecordErrors()

    /// Prepares to write records into `folder` (which must exist): creates the parts folder.
    public init(in folder: URL, catalog: RecordCatalog) throws {
        self.folder = folder
        self.catalog = catalog
        try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: false)
    }

    /// Makes the sink of each replication, for ``Simulation/run(replications:jobs:records:shouldContinue:)``.
    public var sinks: @Sendable (Int) -> RecordSink {
        { [parts, catalog, errors] replication in
            RecordPartWriter(replication: replication, parts: parts, catalog: catalog, errors: errors)
        }
    }

    /// Once every sink is closed: throws the first error a sink met, or writes the files from the
    /// parts of replications `0 ..< replications` (parts of further replications, run by a
    /// sequential stopping rule but not kept, are dropped). The parts folder is removed either way.
    public func finish(replications: Int) throws {
        defer { try? FileManager.default.removeItem(at: parts) }
        if let error = errors.firstError { throw error }
        for kind in Kind.allCases {
            let output = try BufferedFileOutput(creating: folder.appendingPathComponent("\(kind.rawValue).csv"))
            try output.appendLine(kind.header(catalog: catalog))
            for replication in 0..<replications {
                try output.appendContents(of: Self.part(kind, replication: replication, in: parts))
            }
            try output.close()
        }
        let keys = folder.appendingPathComponent(Self.keysFileName)
        try RecordWriteError.attempt(writing: keys) { try Data(catalog.keysCSV().serialized().utf8).write(to: keys) }
    }

    /// The parts folder.
    var parts: URL { folder.appendingPathComponent(Self.partsFolderName, isDirectory: true) }

    /// The part file of `kind` for replication `replication`.
    static func part(_ kind: Kind, replication: Int, in parts: URL) -> URL {
        parts.appendingPathComponent("\(kind.rawValue)-\(replication).csv")
    }
}
