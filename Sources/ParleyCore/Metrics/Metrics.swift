/// Aggregate figures of a run.
public struct RunSummary: Sendable {
    public var scenarios: Int
    public var trials: Int
    public var averageReward: Double
    /// pass^k: the chance that k trials of a scenario all pass, averaged over scenarios.
    public var passHatK: [Int: Double]
    /// pass@k: the chance that at least one of k trials passes.
    public var passAtK: [Int: Double]
    /// 95% confidence intervals of pass^k over scenarios (normal approximation).
    public var passHatKInterval: [Int: ClosedRange<Double>]
    public var faults: [Fault: Int]
    public var endReasons: [EndReason: Int]
    /// Average reward per tag.
    public var tagAverages: [String: Double]

    public var json: JSONValue {
        func map(_ d: [Int: Double]) -> JSONValue {
            .object(JSONObject(uniqueKeysWithValues: d.keys.sorted().map { (String($0), JSONValue.double(d[$0]!)) }))
        }
        return [
            "scenarios": .int(scenarios),
            "trials": .int(trials),
            "avg_reward": .double(averageReward),
            "pass_hat_k": map(passHatK),
            "pass_at_k": map(passAtK),
            "pass_hat_k_ci95": .object(JSONObject(uniqueKeysWithValues: passHatKInterval.keys.sorted().map { k in
                (String(k), JSONValue.array([.double(passHatKInterval[k]!.lowerBound), .double(passHatKInterval[k]!.upperBound)]))
            })),
            "faults": .object(JSONObject(uniqueKeysWithValues: Fault.allCases.map { ($0.rawValue, JSONValue.int(faults[$0] ?? 0)) })),
            "end_reasons": .object(JSONObject(uniqueKeysWithValues: EndReason.allCases.compactMap { r in
                endReasons[r].map { (r.rawValue, JSONValue.int($0)) }
            })),
            "tags": .object(JSONObject(uniqueKeysWithValues: tagAverages.keys.sorted().map { ($0, JSONValue.double(tagAverages[$0]!)) })),
        ]
    }
}

/// pass^k, pass@k and averages, as tau-bench defines them.
public enum Metrics {
    /// Summarises results; k runs from 1 to the smallest number of trials any scenario has.
    public static func summarize(_ results: [TrialResult]) -> RunSummary {
        var byScenario: [String: (n: Int, c: Int)] = [:]
        var order: [String] = []
        var faults: [Fault: Int] = [:]
        var endReasons: [EndReason: Int] = [:]
        var tagRewards: [String: [Double]] = [:]
        for r in results {
            if byScenario[r.scenarioID] == nil { order.append(r.scenarioID) }
            byScenario[r.scenarioID, default: (0, 0)].n += 1
            if r.verdict.passed { byScenario[r.scenarioID, default: (0, 0)].c += 1 }
            if let f = r.verdict.fault { faults[f, default: 0] += 1 }
            endReasons[r.transcript.endReason, default: 0] += 1
            for tag in r.tags { tagRewards[tag, default: []].append(r.verdict.reward) }
        }
        let counts = order.map { byScenario[$0]! }
        let maxK = counts.map(\.n).min() ?? 0
        var passHat: [Int: Double] = [:]
        var passAt: [Int: Double] = [:]
        var intervals: [Int: ClosedRange<Double>] = [:]
        if maxK > 0 {
            for k in 1...maxK {
                let perScenario = counts.map { passHatK(n: $0.n, c: $0.c, k: k) }
                passHat[k] = mean(perScenario)
                intervals[k] = interval95(perScenario)
                passAt[k] = mean(counts.map { passAtK(n: $0.n, c: $0.c, k: k) })
            }
        }
        return RunSummary(
            scenarios: order.count, trials: results.count, averageReward: mean(results.map(\.verdict.reward)),
            passHatK: passHat, passAtK: passAt, passHatKInterval: intervals, faults: faults, endReasons: endReasons,
            tagAverages: tagRewards.mapValues(mean))
    }

    /// C(c,k)/C(n,k): the chance that k trials drawn from n all passed.
    public static func passHatK(n: Int, c: Int, k: Int) -> Double {
        guard k <= n, n > 0 else { return 0 }
        return binomial(c, k) / binomial(n, k)
    }

    /// 1 − C(n−c,k)/C(n,k): the chance that at least one of k trials passed.
    public static func passAtK(n: Int, c: Int, k: Int) -> Double {
        guard k <= n, n > 0 else { return 0 }
        return 1 - binomial(n - c, k) / binomial(n, k)
    }

    /// C(n,k) as a Double (0 when k > n).
    public static func binomial(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
        return result
    }

    static func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }

    /// Mean ± 1.96 standard errors, clamped to [0, 1]; a single value is its own interval.
    public static func interval95(_ xs: [Double]) -> ClosedRange<Double> {
        let m = mean(xs)
        guard xs.count > 1 else { return m...m }
        let variance = xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
        let half = 1.96 * (variance / Double(xs.count)).squareRoot()
        return max(0, m - half)...min(1, m + half)
    }
}
