import ParleyCore
import ParleyDomains
import Testing

/// Replays every tau2-bench retail train task's gold actions and checks
/// each tool output and the final state against upstream's own replay.
@Suite(.enabled(if: RetailReference.isAvailable, "tau2-bench reference data not found"))
struct RetailReplayTests {
    @Test(arguments: RetailReference.tasks)
    func replayMatchesUpstream(_ task: RetailReplayCase) throws {
        let initial = try #require(RetailReference.initialWorld, "could not parse retail db.json")
        let (final, steps) = GoldReplay.replay(task.actions.map(\.call), on: initial, in: RetailDomain.domain)

        for (index, (step, expected)) in zip(steps, task.actions).enumerated() {
            let label = "task \(task.id), action \(index): \(expected.call.name)(\(JSONValue.object(expected.call.arguments).compactText))"
            #expect(step.outcome.output == expected.output, "\(label)\nexpected: \(expected.output)\nactual:   \(step.outcome.output)")
            #expect(step.outcome.errorMessage == expected.errorMessage, "\(label)\nexpected error: \(expected.errorMessage ?? "none")\nactual error:   \(step.outcome.errorMessage ?? "none")")
            #expect(step.outcome.mutates == expected.mutates, "\(label): mutates")
        }

        let diff = initial.diff(to: final).map(ComparableChange.init).sorted()
        #expect(diff == task.diff, "task \(task.id) state diff\nexpected:\n\(lines(task.diff))\nactual:\n\(lines(diff))")
    }

    @Test func everyTrainTaskIsLoaded() {
        #expect(RetailReference.tasks.count == 74)
    }

    private func lines(_ changes: [ComparableChange]) -> String {
        changes.map { "  \($0)" }.joined(separator: "\n")
    }
}
