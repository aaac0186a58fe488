import ContactCenter

/// The `shift` of an agent group: `none` (logged in all day), or `start`, optional `end` and
/// optional `breaks`, each break `{at: T, length: L}`.
enum ShiftSchema {
    /// `none`, or `{start: 0h, end: 8h, breaks: [{at: 2h, length: 15m}, …]}`.
    static var shift: FieldDecoder<Scenario.Shift?> {
        FieldDecoder.mapping("none or a shift like {start: 0h, end: 8h, breaks: [{at: 2h, length: 15m}]}") { map in
            var shift = Scenario.Shift(start: 0, end: nil)
            map.require("start", into: &shift.start, .duration)
            map.read("end", into: &shift.end, .durationOrNone)
            map.read("breaks", into: &shift.breaks, .list("a list of breaks like [{at: 2h, length: 15m}]", of: pause))
            return shift
        }.orNone
    }

    /// One break: Away from time of day `at` for `length`.
    private static var pause: FieldDecoder<Scenario.Break> {
        .mapping("a break like {at: 2h, length: 15m}") { map in
            var pause = Scenario.Break(start: 0, length: 0)
            map.require("at", into: &pause.start, .duration)
            map.require("length", into: &pause.length, .duration)
            return pause
        }
    }
}
