import Foundation
import ParleyCore

/// The terminal summary: one row per scenario, then the run's figures.
public enum SummaryTable {
    public static func render(_ results: [TrialResult], summary: RunSummary) -> String {
        var rows: [[String]] = [["scenario", "trials", "passed", "reward", "end", "why (first failure)"]]
        var order: [String] = []
        var byScenario: [String: [TrialResult]] = [:]
        for r in results {
            if byScenario[r.scenarioID] == nil { order.append(r.scenarioID) }
            byScenario[r.scenarioID, default: []].append(r)
        }
        for id in order {
            let trials = byScenario[id]!
            let passed = trials.filter(\.verdict.passed).count
            let reward = trials.map(\.verdict.reward).reduce(0, +) / Double(trials.count)
            let failure = trials.first { !$0.verdict.passed }
            rows.append([
                id, String(trials.count), String(passed), format(reward),
                Set(trials.map(\.transcript.endReason.rawValue)).sorted().joined(separator: ","),
                failure.map(reason) ?? "",
            ])
        }
        var lines = table(rows)
        lines.append("")
        lines.append("scenarios \(summary.scenarios)   trials \(summary.trials)   average reward \(format(summary.averageReward))")
        let ks = summary.passHatK.keys.sorted()
        lines.append("pass^k  " + ks.map { k in
            let ci = summary.passHatKInterval[k].map { " [\(format($0.lowerBound))–\(format($0.upperBound))]" } ?? ""
            return "k=\(k): \(format(summary.passHatK[k]!))\(ci)"
        }.joined(separator: "  "))
        lines.append("pass@k  " + ks.map { "k=\($0): \(format(summary.passAtK[$0]!))" }.joined(separator: "  "))
        let faults = Fault.allCases.map { "\($0.rawValue) \(summary.faults[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("failures by fault: \(faults)")
        return lines.joined(separator: "\n")
    }

    /// The first reason a trial failed, in one line.
    public static func reason(_ r: TrialResult) -> String {
        if !r.transcript.endReason.isNatural {
            return "\(r.transcript.endReason.rawValue): \(r.transcript.error ?? "")"
        }
        let failed = r.verdict.components.first { $0.counts && $0.score == 0 }
        return failed.map { "\($0.component.rawValue): \($0.reason ?? "")" } ?? ""
    }

    static func format(_ x: Double) -> String { String(format: "%.3f", x) }

    static func table(_ rows: [[String]]) -> [String] {
        let maxWidth = 70
        let clipped = rows.map { $0.map { $0.count > maxWidth ? String($0.prefix(maxWidth - 1)) + "…" : $0 } }
        let widths = (0..<clipped[0].count).map { c in clipped.map { $0[c].count }.max() ?? 0 }
        var lines: [String] = []
        for (i, row) in clipped.enumerated() {
            let cells = row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }
            lines.append(cells.joined(separator: "  "))
            if i == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines
    }
}
