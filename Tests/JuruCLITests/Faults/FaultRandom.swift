import Foundation

/// The fault tests' random kill points come from a fixed seed, printed with every
/// failure; `JURU_FAULT_SEED=N swift test --filter Fault` replays another run.
enum FaultSeed {
    static let value: UInt64 = ProcessInfo.processInfo.environment["JURU_FAULT_SEED"].flatMap { UInt64($0) } ?? 15

    /// A generator of its own for each test, so one test's draws do not shift another's.
    static func generator(_ test: String) -> SeededGenerator {
        SeededGenerator(seed: test.utf8.reduce(value) { ($0 &* 31) &+ UInt64($1) })
    }
}

/// SplitMix64: the same seed gives the same draws on every machine and Swift version
/// (the standard generator is not seedable).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
