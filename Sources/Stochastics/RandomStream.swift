import CGSL

/// One independent stream of pseudo-random numbers, owning one GSL generator (`gsl_rng`).
///
/// Use one stream per purpose per replication (`"arrivals/support"`, `"patience/support"`,
/// `"handle/support"`, …), so that changing how one part of the model consumes random numbers
/// leaves every other part's draws unchanged (common random numbers across scenarios).
///
/// A stream is mutable state used from one thread; it is deliberately not `Sendable`. Create the
/// streams of a replication on the thread (or task) that runs the replication.
///
/// The generator is allocated in `init` and freed in `deinit`; drawing never allocates.
public final class RandomStream {
    /// The GSL generator. Other code in this module passes it to GSL's samplers.
    @usableFromInline let rng: UnsafeMutablePointer<gsl_rng>
    /// The generator's state, cached so that ``uniform()`` is one indirect call.
    @usableFromInline let state: UnsafeMutableRawPointer?
    /// The generator type's `get_double` function (what `gsl_rng_uniform` calls).
    @usableFromInline let getDouble: @convention(c) (UnsafeMutableRawPointer?) -> Double
    /// The largest `n` accepted by `gsl_rng_uniform_int(r, n)`: `gsl_rng_max − gsl_rng_min`.
    @usableFromInline let largestIntegerBound: UInt

    /// The stream's name (empty for streams seeded directly).
    public let name: String
    /// The algorithm of the underlying GSL generator.
    public let generator: RandomGenerator
    /// The seed given to `gsl_rng_set`.
    public let generatorSeed: UInt32

    /// The stream `name` of replication `replication` of a scenario with seed `seed`.
    ///
    /// The generator seed is ``StreamSeeding/generatorSeed(seed:name:replication:)``: the same
    /// triple always gives the same draws; different names or replications give unrelated draws.
    /// - Precondition: `replication >= 0`.
    public convenience init(
        seed: UInt64, name: String, replication: Int, generator: RandomGenerator = .mt19937
    ) {
        self.init(
            generatorSeed: StreamSeeding.generatorSeed(seed: seed, name: name, replication: replication),
            generator: generator, name: name)
    }

    /// A stream whose GSL generator is seeded with exactly `generatorSeed` (`gsl_rng_set`).
    ///
    /// Prefer ``init(seed:name:replication:generator:)`` in models; this one exists to reproduce
    /// a known GSL sequence. Note that GSL's MT19937 treats seed 0 as its default seed 4357.
    public init(generatorSeed: UInt32, generator: RandomGenerator = .mt19937, name: String = "") {
        guard let rng = gsl_rng_alloc(generator.gslType) else {
            fatalError("gsl_rng_alloc failed for \(generator)")  // out of memory; GSL already reported it
        }
        gsl_rng_set(rng, UInt(generatorSeed))
        guard let type = rng.pointee.type, let getDouble = type.pointee.get_double else {
            fatalError("GSL generator \(generator) has no get_double function")
        }
        self.rng = rng
        self.state = rng.pointee.state
        self.getDouble = getDouble
        self.largestIntegerBound = type.pointee.max - type.pointee.min
        self.name = name
        self.generator = generator
        self.generatorSeed = generatorSeed
    }

    deinit {
        gsl_rng_free(rng)
    }

    /// A uniform draw in `[0, 1)` (`gsl_rng_uniform`). Consumes one raw number.
    @inlinable
    public func uniform() -> Double {
        getDouble(state)
    }

    /// A uniform draw in `(0, 1)`: like `gsl_rng_uniform_pos`, draws again on an exact 0.
    @inlinable
    public func uniformPositive() -> Double {
        var x = getDouble(state)
        while x == 0 { x = getDouble(state) }
        return x
    }

    /// A uniform integer in `0 ..< bound` (`gsl_rng_uniform_int`, exact by rejection).
    ///
    /// - Precondition: `1 <= bound <= 4_294_967_295` (the generator's range), so GSL's error handler
    ///   is never reached.
    @inlinable
    public func uniformInt(below bound: Int) -> Int {
        precondition(
            bound > 0 && UInt(bound) <= largestIntegerBound,
            "uniformInt(below:) needs 1 ≤ bound ≤ \(largestIntegerBound) (found \(bound))")
        return Int(gsl_rng_uniform_int(rng, UInt(bound)))
    }

    /// `true` with probability `probability`: one ``uniform()`` draw compared with it, so every call
    /// consumes exactly one raw number (probability 0 is never true, 1 always).
    ///
    /// - Precondition: `0 <= probability <= 1`.
    @inlinable
    public func bernoulli(probability: Double) -> Bool {
        precondition(
            probability >= 0 && probability <= 1,
            "bernoulli(probability:) needs a probability in [0, 1] (found \(probability))")
        return getDouble(state) < probability
    }

    /// A standard exponential draw (mean 1), `−log U` with `U` in `(0, 1)`: always `> 0` and finite.
    func unitExponential() -> Double {
        -naturalLog(uniformPositive())
    }
}

/// A stream is single-threaded mutable state: it must never cross a concurrency boundary.
@available(*, unavailable, message: "RandomStream is used on one thread; create one per replication")
extension RandomStream: Sendable {}
