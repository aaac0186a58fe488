extension Scenario.Conversation {
    /// The most existing records of one type a scenario may name: found records' ids number them
    /// in eight base-36 digits.
    static let maximumExistingRecords = 1_000_000_000

    /// Checks the keys of what happens inside a conversation: records, file transfers, flags,
    /// the visitors who leave and the quick-text library, reported under `path`; `keys` as in
    /// ``check(_:under:only:)``.
    func checkChatActivities(_ problems: inout ProblemList, under path: String, only keys: Set<String>?) {
        var seen: Set<Scenario.AttachableRecord> = []
        for rule in records {
            let rulePath = "\(path).records.\(rule.type.name)"
            if !seen.insert(rule.type).inserted { problems.report(rulePath, "duplicate record type; each type is given once") }
            checkProbabilities([("create", rule.create), ("find", rule.find)], under: rulePath, &problems)
            if rule.create + rule.find > 1 + 1e-12 {
                problems.report(rulePath, "expected create and find to add up to at most 100%, found \(rule.create + rule.find)")
            }
            if !(1...Self.maximumExistingRecords ~= rule.existing) {
                problems.report("\(rulePath).existing",
                                "expected a whole number of records from 1 to \(Self.maximumExistingRecords), found \(rule.existing)")
            }
        }
        if let files = fileTransfers {
            checkProbabilities([("probability", files.probability), ("visitorCancels", files.visitorCancels),
                                ("agentCancels", files.agentCancels)], under: "\(path).fileTransfers", &problems)
            problems.check("\(path).fileTransfers.fileSize", files.fileSize)
            problems.check("\(path).fileTransfers.uploadTime", files.uploadTime)
            if records.allSatisfy({ $0.create + $0.find == 0 }) {
                let key = keys?.contains("fileTransfers") == false ? "records" : "fileTransfers"
                let records = keys?.contains("records") == false ? "service.records" : "\(path).records"
                problems.report("\(path).\(key)",
                                "expected \(records) to attach some record: a file goes to a record attached to the chat")
            }
        }
        if let flags {
            checkProbabilities([("probability", flags.probability), ("supervisorLowers", flags.supervisorLowers),
                                ("whisper", flags.whisper)], under: "\(path).flags", &problems)
            problems.check("\(path).flags.loweredAfter", flags.loweredAfter)
        }
        checkProbabilities([("visitorLeaves", visitorLeaves)], under: path, &problems)
        for (index, text) in quickTexts.enumerated() where text.allSatisfy(\.isWhitespace) {
            problems.report("\(path).quickTexts[\(index)]", "expected a non-empty text")
        }
    }

    private func checkProbabilities(_ values: [(String, Double)], under path: String, _ problems: inout ProblemList) {
        for (key, value) in values { problems.checkProbability("\(path).\(key)", value) }
    }
}
