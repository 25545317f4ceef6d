import Testing
@testable import ParleyCore

struct MetricsTests {
    @Test func binomials() {
        #expect(Metrics.binomial(5, 2) == 10)
        #expect(Metrics.binomial(4, 0) == 1)
        #expect(Metrics.binomial(2, 3) == 0)
    }

    @Test func passHatKAndPassAtK() {
        // 4 trials, 2 passed: pass^1 = 0.5, pass^2 = C(2,2)/C(4,2) = 1/6; pass@2 = 1 - C(2,2)/C(4,2) = 5/6.
        #expect(Metrics.passHatK(n: 4, c: 2, k: 1) == 0.5)
        #expect(abs(Metrics.passHatK(n: 4, c: 2, k: 2) - 1.0 / 6) < 1e-12)
        #expect(abs(Metrics.passAtK(n: 4, c: 2, k: 2) - 5.0 / 6) < 1e-12)
        #expect(Metrics.passAtK(n: 4, c: 0, k: 4) == 0)
        #expect(Metrics.passHatK(n: 4, c: 4, k: 4) == 1)
    }

    func result(_ id: String, reward: Double, fault: Fault? = nil, tags: [String] = []) -> TrialResult {
        let verdict = Verdict(reward: reward, components: [], stateDiff: [], changes: [], failedAssertions: [], missingOutputs: [], violations: [], fault: fault)
        return TrialResult(pack: "p", scenarioID: id, tags: tags, trial: 1, seed: 0, verdict: verdict,
                           transcript: Transcript(endReason: fault == .infrastructure ? .infrastructureError : .userStop), finalStateHash: "")
    }

    @Test func summarisesAcrossScenarios() {
        let results = [
            result("a", reward: 1, tags: ["x"]), result("a", reward: 1, tags: ["x"]),
            result("b", reward: 1), result("b", reward: 0, fault: .agent),
            result("c", reward: 0, fault: .infrastructure), result("c", reward: 0, fault: .agent),
        ]
        let s = Metrics.summarize(results)
        #expect(s.scenarios == 3 && s.trials == 6)
        #expect(abs(s.averageReward - 0.5) < 1e-12)
        #expect(abs(s.passHatK[1]! - 0.5) < 1e-12)  // (1 + 0.5 + 0) / 3
        #expect(abs(s.passHatK[2]! - 1.0 / 3) < 1e-12)  // (1 + 0 + 0) / 3
        #expect(abs(s.passAtK[2]! - 2.0 / 3) < 1e-12)  // (1 + 1 + 0) / 3
        #expect(s.faults[.agent] == 2 && s.faults[.infrastructure] == 1)
        #expect(s.tagAverages["x"] == 1)
        #expect(s.json["pass_hat_k"]?["2"] != nil)
        // pass^1 per scenario: 1, 0.5, 0 → mean 0.5 ± 1.96 · 0.5 / √3 = 0.566, clamped to [0, 1].
        #expect(s.passHatKInterval[1] == 0...1)
    }

    @Test func confidenceIntervals() {
        // mean 0.6, sample sd 0.1, half-width 1.96 · 0.1 / √3.
        let ci = Metrics.interval95([0.5, 0.7, 0.6])
        let half = 1.96 * 0.1 / 3.0.squareRoot()
        #expect(abs(ci.lowerBound - (0.6 - half)) < 1e-9)
        #expect(abs(ci.upperBound - (0.6 + half)) < 1e-9)
        #expect(Metrics.interval95([1, 1, 1]) == 1...1)
        #expect(Metrics.interval95([0.25]) == 0.25...0.25)
    }
}
