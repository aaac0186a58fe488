import ContactCenter

/// The `arrivals` mapping of a button: `{rate: R}`, or `{profile: [{at: T, rate: R}, …]}`.
enum ArrivalsSchema {
    /// `{rate: R}` for a constant rate, or `{profile: [{at: T, rate: R}, …]}`: exactly one of the two.
    static var arrivals: FieldDecoder<Scenario.ArrivalRates> {
        let expected = "{rate: 120/h} or {profile: [{at: 0h, rate: 120/h}, …]}"
        return .mapping(expected) { map in
            switch (map.contains("rate"), map.contains("profile")) {
            case (true, true): map.report("expected either rate or profile, found both")
            case (false, false): map.report("missing required key \"rate\" or \"profile\"; expected \(expected)")
            default: break
            }
            let rate = map.value("rate", .rate)
            let profile = map.value("profile", .list("a list of pieces like {at: 0h, rate: 120/h}", of: ratePiece))
            return rate.map(Scenario.ArrivalRates.init(constant:)) ?? profile.map(Scenario.ArrivalRates.init(pieces:))
        }
    }

    /// One piece of a profile: the rate from time of day `at` until the next piece.
    private static var ratePiece: FieldDecoder<Scenario.RatePiece> {
        .mapping("a piece like {at: 0h, rate: 120/h}") { map in
            var piece = Scenario.RatePiece(start: 0, ratePerSecond: 0)
            map.require("at", into: &piece.start, .duration)
            map.require("rate", into: &piece.ratePerSecond, .rate)
            return piece
        }
    }
}
