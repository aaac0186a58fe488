import ContactCenter
import Foundation

/// The ``RecordSink`` of one replication: writes its transcripts and their events, its agent
/// sessions and its visitors, as CSV rows without a header, to its own part files, which
/// ``RecordFiles`` later joins in replication order. Used on the one task that runs the replication.
///
/// Writing never stops the simulation: the first error is reported to the run's ``RecordErrors``
/// and the writer ignores what comes after it.
final class RecordPartWriter: RecordSink {
    private let catalog: RecordCatalog
    private let errors: RecordErrors
    /// The part file of each kind, in ``RecordFiles/Kind`` order; empty once closed or failed.
    private var outputs: [BufferedFileOutput] = []

    /// Creates replication `replication`'s part files in `parts`.
    init(replication: Int, parts: URL, catalog: RecordCatalog, errors: RecordErrors) {
        self.catalog = catalog
        self.errors = errors
        do {
            outputs = try RecordFiles.Kind.allCases.map { kind in
                try BufferedFileOutput(creating: RecordFiles.part(kind, replication: replication, in: parts))
            }
        } catch {
            fail(error)
        }
    }

    func write(_ transcript: TranscriptRecord) {
        let id = RecordIDs.transcript(replication: transcript.replication, number: transcript.number)
        append(to: .transcripts) { try $0.appendLine(TranscriptCSVRow.fields(transcript, catalog: catalog)) }
        append(to: .events) { events in
            for event in transcript.events {
                try events.appendLine(TranscriptEventCSVRow.fields(
                    event, transcriptID: id, replication: transcript.replication, catalog: catalog))
            }
        }
    }

    func write(_ session: AgentSessionRecord) {
        append(to: .sessions) { try $0.appendLine(AgentSessionCSVRow.fields(session, catalog: catalog)) }
    }

    func write(_ visitor: VisitorRecord) {
        append(to: .visitors) { try $0.appendLine(VisitorCSVRow.fields(visitor)) }
    }

    func close() {
        do {
            for output in outputs { try output.close() }
        } catch {
            fail(error)
        }
        outputs = []
    }

    /// Runs `body` on the part file of `kind`, unless writing has stopped.
    private func append(to kind: RecordFiles.Kind, _ body: (BufferedFileOutput) throws -> Void) {
        guard !outputs.isEmpty else { return }
        do {
            try body(outputs[RecordFiles.Kind.allCases.firstIndex(of: kind)!])
        } catch {
            fail(error)
        }
    }

    /// Reports `error` and stops writing.
    private func fail(_ error: any Error) {
        errors.report(error)
        outputs = []
    }
}
