/// A small deterministic generator (SplitMix64): the same seed gives the same
/// sequence on every platform and run, unlike the system generator.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of one trial, derived from the run's seed, the scenario id and
    /// the trial number with FNV-1a, so it is stable across runs and machines.
    public static func trialSeed(runSeed: UInt64, scenarioID: String, trial: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        mix(withUnsafeBytes(of: runSeed.littleEndian, Array.init))
        mix(scenarioID.utf8)
        mix(withUnsafeBytes(of: UInt64(trial).littleEndian, Array.init))
        var generator = SeededGenerator(seed: hash)
        return generator.next()
    }
}
