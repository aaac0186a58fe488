import ContactCenter
import Foundation

/// The ``RecordSink`` of one replication: writes its transcripts and their events, as CSV rows
/// without a header, to its own part files, which ``RecordFiles`` later joins in replication
/// order. Used on the one task that runs the replication.
///
/// Writing never stops the simulation: the first error is reported to the run's ``RecordErrors``
/// and the writer ignores what comes after it.
final class RecordPartWriter: RecordSink {
    private let catalog: RecordCatalog
    private let errors: RecordErrors
    private var transcripts: BufferedFileOutput?
    private var events: BufferedFileOutput?

    /// Creates replication `replication`'s part files in `parts`.
    init(replication: Int, parts: URL, catalog: RecordCatalog, errors: RecordErrors) {
        self.catalog = catalog
        self.errors = errors
        do {
            let part = { (kind: RecordFiles.Kind) in RecordFiles.part(kind, replication: replication, in: parts) }
            transcripts = try BufferedFileOutput(creating: part(.transcripts))
            events = try BufferedFileOutput(creating: part(.events))
        } catch {
            fail(error)
        }
    }

    func write(_ transcript: TranscriptRecord) {
        guard let transcripts, let events else { return }
        let id = RecordIDs.transcript(replication: transcript.replication, number: transcript.number)
        do {
            try transcripts.appendLine(TranscriptCSVRow.fields(transcript, catalog: catalog))
            for event in transcript.events {
                try events.appendLine(TranscriptEventCSVRow.fields(
                    event, transcriptID: id, replication: transcript.replication, catalog: catalog))
            }
        } catch {
            fail(error)
        }
    }

    func close() {
        do {
            try transcripts?.close()
            try events?.close()
        } catch {
            fail(error)
        }
        transcripts = nil
        events = nil
    }

    /// Reports `error` and stops writing.
    private func fail(_ error: any Error) {
        errors.report(error)
        transcripts = nil
        events = nil
    }
}
