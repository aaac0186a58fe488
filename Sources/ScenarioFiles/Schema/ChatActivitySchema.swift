import ContactCenter
import Stochastics

/// The conversation keys of what happens inside a chat besides messages: `quickTexts` (a list of
/// texts), `records` (`{Case: {create: 40%, find: 30%}, Contact: {find: 60%, existing: 20000}}`),
/// `fileTransfers` (`{probability, fileSize, uploadTime, visitorCancels, agentCancels}`) and
/// `flags` (`{probability, loweredAfter, supervisorLowers, whisper}`), the last two also `none`.
enum ChatActivitySchema {
    /// The quick-text library: a list of texts.
    static var quickTexts: FieldDecoder<[String]> {
        .list("a list of texts like [\"One moment please.\"]", of: .text("a text"))
    }

    /// Record types, each with `create` and `find` probabilities and the number of `existing`
    /// records (all optional).
    static var records: FieldDecoder<[Scenario.RecordAttachment]> {
        let expected = "a mapping of record types (Case, Contact, Account, Lead or a custom object like Order__c) "
            + "to {create: P, find: P}"
        return .mapping(expected) { map in
            var rules: [Scenario.RecordAttachment] = []
            var complete = true
            for entry in map.everyEntry() {
                let type = recordType.decode(entry.key)
                if let type, var rule = attachment.decode(entry.value) {
                    rule.type = type
                    rules.append(rule)
                } else {
                    complete = false
                }
            }
            return complete ? rules : nil
        }
    }

    /// A record type: a standard one, with a suggestion when the name is close to one, or a custom
    /// object's API name ending in `__c`.
    private static var recordType: FieldDecoder<Scenario.AttachableRecord> {
        let names = Scenario.AttachableRecord.standard.map(\.name)
        return .named("a record type (\(names.joined(separator: ", ")), or a custom object's API name like Order__c)",
                      suggesting: names, Scenario.AttachableRecord.init)
    }

    /// `{create: P, find: P, existing: N}` for one record type (its type set by ``records``).
    private static var attachment: FieldDecoder<Scenario.RecordAttachment> {
        .mapping("a mapping with the keys create, find and existing") { map in
            var rule = Scenario.RecordAttachment(type: .supportCase)
            map.read("create", into: &rule.create, .probability)
            map.read("find", into: &rule.find, .probability)
            map.read("existing", into: &rule.existing, .wholeNumber("a whole number of records ≥ 1", in: 1 ... .max))
            return rule
        }
    }

    /// `none`, or the files agents ask visitors for: `probability` and `fileSize` (a distribution of
    /// sizes like `lognormal(mean: 2MB, sd: 3MB)`) required, `uploadTime`, `visitorCancels`,
    /// `agentCancels` optional.
    static var fileTransfers: FieldDecoder<Scenario.FileTransfers?> {
        FieldDecoder<Scenario.FileTransfers>.mapping(
            "none or a mapping with the keys probability, fileSize, uploadTime, visitorCancels and agentCancels"
        ) { map in
            var files = Scenario.FileTransfers(probability: 0, fileSize: .constant(0))
            map.require("probability", into: &files.probability, .probability)
            map.require("fileSize", into: &files.fileSize, FieldDecoder<Distribution>.expression(
                "a distribution of file sizes like lognormal(mean: 2MB, sd: 3MB)", DistributionExpression.parseFileSize))
            map.read("uploadTime", into: &files.uploadTime, .distribution)
            map.read("visitorCancels", into: &files.visitorCancels, .probability)
            map.read("agentCancels", into: &files.agentCancels, .probability)
            return files
        }.orNone
    }

    /// `none`, or assistance flags: `probability` and `loweredAfter` required, `supervisorLowers`
    /// and `whisper` optional.
    static var flags: FieldDecoder<Scenario.AssistanceFlags?> {
        FieldDecoder<Scenario.AssistanceFlags>.mapping(
            "none or a mapping with the keys probability, loweredAfter, supervisorLowers and whisper"
        ) { map in
            var flags = Scenario.AssistanceFlags(probability: 0, loweredAfter: .constant(0))
            map.require("probability", into: &flags.probability, .probability)
            map.require("loweredAfter", into: &flags.loweredAfter, .distribution)
            map.read("supervisorLowers", into: &flags.supervisorLowers, .probability)
            map.read("whisper", into: &flags.whisper, .probability)
            return flags
        }.orNone
    }
}
