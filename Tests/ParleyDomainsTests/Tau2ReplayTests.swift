import ParleyCore
import ParleyDomains
import Testing

/// Replays every tau2-bench train task's gold actions through the built-in
/// domain and checks each tool output, byte for byte, and the final state
/// against upstream's own replay.
@Suite struct Tau2ReplayTests {
    static let references = [Tau2Reference.retail, .airline]
    static let cases = references.flatMap { $0.tasks() }
    static let worlds = Dictionary(uniqueKeysWithValues: references.map { ($0.domain, $0.initialWorld()) })

    @Test(.enabled(if: Tau2Reference.retail.isAvailable, "tau2-bench reference data not found"), arguments: cases)
    func replayMatchesUpstream(_ task: Tau2ReplayCase) throws {
        let initial = try #require(Self.worlds[task.domain] ?? nil, "could not parse \(task.domain) db.json")
        let domain = try #require(BuiltinDomains.named(task.domain))
        let (final, steps) = GoldReplay.replay(task.actions.map(\.call), on: initial, in: domain)

        for (index, (step, expected)) in zip(steps, task.actions).enumerated() {
            let label = "\(task.testDescription), action \(index): \(expected.call.name)(\(JSONValue.object(expected.call.arguments).compactText))"
            // Plain Bool expectations: the comment shows both sides once.
            let sameOutput = step.outcome.output == expected.output
            #expect(sameOutput, "\(label)\nexpected: \(expected.output)\nactual:   \(step.outcome.output)")
            let sameError = step.outcome.errorMessage == expected.errorMessage
            #expect(sameError, "\(label)\nexpected error: \(expected.errorMessage ?? "none")\nactual error:   \(step.outcome.errorMessage ?? "none")")
            let sameKind = step.outcome.mutates == expected.mutates
            #expect(sameKind, "\(label): expected mutates_state \(expected.mutates)")
        }

        let diff = initial.diff(to: final).map(ComparableChange.init).sorted()
        let sameDiff = diff == task.diff
        #expect(sameDiff, "\(task.testDescription) state diff\nexpected:\n\(lines(task.diff))\nactual:\n\(lines(diff))")
    }

    @Test(.enabled(if: Tau2Reference.retail.isAvailable, "tau2-bench reference data not found"))
    func everyTrainTaskIsLoaded() {
        #expect(Tau2Reference.retail.tasks().count == 74)
        #expect(Tau2Reference.airline.tasks().count == 30)
    }

    private func lines(_ changes: [ComparableChange]) -> String {
        changes.map { "  \($0)" }.joined(separator: "\n")
    }
}
