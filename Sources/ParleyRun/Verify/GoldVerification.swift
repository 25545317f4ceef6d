import ParleyCore
import ParleyPacks

/// The gold replay of one scenario.
public struct GoldVerification: Sendable {
    public struct FailedAction: Sendable {
        /// 0-based position in the scenario's gold actions.
        public var index: Int
        public var name: String
        public var message: String
    }

    /// The pack's name (ids repeat across packs).
    public var pack: String
    public var scenarioID: String
    /// The gold state against the scenario's starting state.
    public var diff: [StateChange]
    public var failures: [FailedAction]
    public var actionCount: Int

    /// `{"id", "db_diff", "errors"}` as in tau2-bench's expected results, and the pack.
    public var json: JSONValue {
        ["id": .string(scenarioID), "db_diff": .array(diff.map(\.json)), "errors": .int(failures.count), "pack": .string(pack)]
    }

    /// Replays every scenario's gold actions on a fresh copy of the pack's
    /// state. Copies share structure with the loaded state, so no scenario
    /// re-reads or deep-copies the database, and the diff skips every table
    /// and record a replay did not touch.
    public static func verify(_ pack: Pack) -> [GoldVerification] {
        pack.scenarios.map { scenario in
            var start = pack.initialState
            var failures: [FailedAction] = []
            for step in scenario.setup {
                if let problem = step.apply(to: &start) { failures.append(FailedAction(index: -1, name: "setup", message: problem)) }
            }
            let (gold, steps) = GoldReplay.replay(scenario.expected.calls, on: start, in: pack.domain)
            for (i, step) in steps.enumerated() where step.outcome.isError {
                failures.append(FailedAction(index: i, name: step.call.name, message: step.outcome.errorMessage ?? step.outcome.output))
            }
            return GoldVerification(pack: pack.name, scenarioID: scenario.id, diff: start.diff(to: gold), failures: failures, actionCount: steps.count)
        }
    }
}
