import ContactCenter
import Foundation
import Reporting
import Testing

/// Record writers and the assembly of their parts into the record files, with fake records.
@Suite struct RecordFilesTests {
    let catalog = RecordCatalog(
        deploymentName: "demo", buttonIDs: ["sales"], buttonSkills: [0], skillNames: ["sales"],
        agentNames: ["team-1"], time: RecordTime(startDate: Scenario.CalendarDate(year: 2026, month: 1, day: 5)))

    /// Chat `number` of `replication`, accepted by agent 0 after 5 s and ended by it a minute later.
    func chat(_ number: Int, of replication: Int) -> TranscriptRecord {
        let request = Double(number * 60)
        var record = TranscriptRecord(replication: replication, number: number, button: 0, requestTime: request)
        record.startTime = request + 5
        record.endTime = request + 65
        record.endedBy = .agent
        record.status = .completed
        record.owner = 0
        record.events += [TranscriptEvent(time: request + 5, type: .accept, agent: 0),
                          TranscriptEvent(time: request + 65, type: .endAgent, agent: 0)]
        return record
    }

    func lines(of file: URL) throws -> [Substring] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func partsWrittenOutOfOrderAreJoinedInReplicationOrderBehindOneHeader() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let files = try RecordFiles(in: folder, catalog: catalog)
        // Replication 3 ran (a stopping rule's look-ahead, say) but is not kept.
        let sinks = Dictionary(uniqueKeysWithValues: [2, 0, 3, 1].map { ($0, files.sinks($0)) })
        for number in 1...3 {
            for replication in [3, 1, 0, 2] { sinks[replication]!.write(chat(number, of: replication)) }
        }
        for replication in [1, 3, 2, 0] { sinks[replication]!.close() }
        try files.finish(replications: 3)

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["agent_sessions.csv", "record_keys.csv", "transcript_events.csv", "transcripts.csv", "visitors.csv"],
                "the parts folder is gone")
        #expect(RecordFiles.fileNames
                == ["transcripts.csv", "transcript_events.csv", "visitors.csv", "agent_sessions.csv", "record_keys.csv"])
        let transcripts = try lines(of: folder.appendingPathComponent("transcripts.csv"))
        #expect(transcripts.first.map(String.init) == TranscriptCSVRow.header.joined(separator: ","))
        #expect(transcripts.last == "", "the file ends with a line break")
        let ids = transcripts.dropFirst().dropLast().map { $0.prefix(15) }
        #expect(ids == [0, 1, 2].flatMap { replication in
            (1...3).map { Substring(RecordIDs.transcript(replication: replication, number: $0)) }
        })
        let events = try lines(of: folder.appendingPathComponent("transcript_events.csv"))
        #expect(events.first == "LiveChatTranscriptId,Time,Type,AgentId,Detail")
        #expect(events.count == 1 + 9 * 3 + 1, "header, three events per chat, final line break")
        #expect(events[1] == "570000000000001,2026-01-05T00:01:00Z,ChatRequest,,")
        #expect(events[3] == "570000000000001,2026-01-05T00:02:05Z,EndAgent,005000000000000,")
        #expect(events[27] == "570000200000003,2026-01-07T00:04:05Z,EndAgent,005000000000000,")
        let keys = try String(contentsOf: folder.appendingPathComponent("record_keys.csv"), encoding: .utf8)
        #expect(keys == catalog.keysCSV().serialized())
    }

    @Test func largePartsAreCopiedWhole() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let files = try RecordFiles(in: folder, catalog: catalog)
        var expected = CSVTable.line(TranscriptCSVRow.header)
        for replication in 0..<2 {
            let sink = files.sinks(replication)
            for number in 1...4_000 {
                let record = chat(number, of: replication)
                sink.write(record)
                expected += CSVTable.line(TranscriptCSVRow.fields(record, catalog: catalog))
            }
            sink.close()
        }
        try files.finish(replications: 2)
        let written = try Data(contentsOf: folder.appendingPathComponent("transcripts.csv"))
        #expect(written.count > 2 << 20, "more than a copy chunk")
        #expect(written == Data(expected.utf8))
    }

    @Test func aWriteErrorIsReportedAndNoFileIsWritten() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let files = try RecordFiles(in: folder, catalog: catalog)
        let parts = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(parts))
        let sink = files.sinks(0)
        sink.write(chat(1, of: 0))
        sink.close()
        #expect(throws: (any Error).self) { try files.finish(replications: 1) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsReportedWithTheFileItStoppedAt() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let files = try RecordFiles(in: folder, catalog: catalog)
        let parts = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let full = folder.appendingPathComponent(parts).appendingPathComponent("transcripts-1.csv")
        try FileManager.default.createSymbolicLink(atPath: full.path, withDestinationPath: "/dev/full")
        for replication in 0..<2 {
            let sink = files.sinks(replication)
            for number in 1...500 { sink.write(chat(number, of: replication)) }
            sink.close()
        }
        do {
            try files.finish(replications: 2)
            Issue.record("expected an error")
        } catch let error as RecordWriteError {
            #expect(error.file.lastPathComponent == "transcripts-1.csv")
            #expect(error.description.hasPrefix("could not write the chat records to \(full.path): "), "\(error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aStagedReportReplacesTheDestinationOrLeavesNoTrace() throws {
        let base = try RepositoryPaths.temporaryFolder()
        let destination = base.appendingPathComponent("report")
        try ReportDirectory.write([("old.csv", "x\n")], to: destination)
        let staging = try ReportDirectory.Staging(for: destination)
        #expect(staging.folder.deletingLastPathComponent() == base && staging.folder.lastPathComponent.hasPrefix(".report."))
        try Data("a\n".utf8).write(to: staging.folder.appendingPathComponent("streamed.csv"))
        try staging.write([("summary.json", "{}\n")])
        try staging.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination.path).sorted() == ["streamed.csv", "summary.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["report"])

        let abandoned = try ReportDirectory.Staging(for: destination)
        try abandoned.write([("partial.csv", "y\n")])
        abandoned.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["report"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination.path).sorted() == ["streamed.csv", "summary.json"])
    }
}
