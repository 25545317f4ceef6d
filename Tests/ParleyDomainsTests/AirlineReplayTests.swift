import ParleyCore
import ParleyDomains
import Testing

/// Replays every tau2-bench airline train task's gold actions and checks each
/// tool output, byte for byte, and the final state against upstream's replay.
@Suite(.enabled(if: AirlineReference.isAvailable, "tau2-bench airline reference data not found"))
struct AirlineReplayTests {
    @Test(arguments: AirlineReference.tasks)
    func replayMatchesUpstream(_ task: AirlineReplayCase) throws {
        let initial = try #require(AirlineReference.initialWorld, "could not parse airline db.json")
        let (final, steps) = GoldReplay.replay(task.actions.map(\.call), on: initial, in: AirlineDomain.domain)

        for (index, (step, expected)) in zip(steps, task.actions).enumerated() {
            let label = "task \(task.id), action \(index): \(expected.call.name)(\(JSONValue.object(expected.call.arguments).compactText))"
            #expect(step.outcome.output == expected.output, "\(label)\nexpected: \(expected.output)\nactual:   \(step.outcome.output)")
            #expect(step.outcome.errorMessage == expected.errorMessage, "\(label)\nexpected error: \(expected.errorMessage ?? "none")\nactual error:   \(step.outcome.errorMessage ?? "none")")
            #expect(step.outcome.mutates == expected.mutates, "\(label): mutates")
        }

        let diff = initial.diff(to: final).map(AirlineChange.init).sorted()
        #expect(diff == task.diff, "task \(task.id) state diff\nexpected:\n\(lines(task.diff))\nactual:\n\(lines(diff))")
    }

    @Test func everyTrainTaskIsLoaded() {
        #expect(AirlineReference.tasks.count == 30)
    }

    private func lines(_ changes: [AirlineChange]) -> String {
        changes.map { "  \($0)" }.joined(separator: "\n")
    }
}
