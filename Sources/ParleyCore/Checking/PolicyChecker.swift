/// Scores a conversation: the final state against the gold state, what the
/// agent told the user, and the domain's rules. Every component is computed
/// and shown; the reward is the product of those the scenario counts.
public struct PolicyChecker: Sendable {
    public var domain: Domain

    public init(domain: Domain) { self.domain = domain }

    /// `judgement` is the judge's view of the scenario's `nl` assertions;
    /// without one they are shown as not evaluated and do not count.
    public func check(scenario: Scenario, outcome: ScenarioOutcome, transcript: Transcript, finalWorld: World,
                      judgement: NLJudgement? = nil) -> Verdict
    {
        let counted = Set(scenario.expected.scoredComponents)
        let tau2 = scenario.expected.scoring == .tau2
        var components: [ComponentResult] = []

        // State: final vs gold, modulo ignored paths, plus the scenario's assertions.
        let stateDiff = finalWorld.diff(to: outcome.gold, ignoring: scenario.expected.ignore)
        let failedAssertions = scenario.expected.assertions.compactMap { check($0, in: finalWorld) }
        let stateMatches = tau2
            ? Tau2Rules.databaseMatches(initial: outcome.initial, gold: outcome.gold, transcript: transcript, domain: domain)
            : stateDiff.isEmpty && failedAssertions.isEmpty
        var stateReason: String?
        if !stateMatches {
            stateReason = stateDiff.first.map { "final state differs from the gold state at \(stateDiff.count) path(s), first \($0.path)" }
                ?? failedAssertions.first ?? "final state differs from the gold state"
        }
        components.append(ComponentResult(component: .state, score: stateReason == nil ? 1 : 0, counts: counted.contains(.state), reason: stateReason))

        // Outputs: each required value said by the agent.
        let texts = transcript.agentTexts
        let missing = scenario.expected.outputs.filter {
            tau2 ? !Tau2Rules.communicated($0, in: texts) : !OutputMatcher.said($0, in: texts)
        }
        components.append(ComponentResult(
            component: .outputs, score: missing.isEmpty ? 1 : 0, counts: counted.contains(.outputs),
            reason: missing.isEmpty ? nil : "the agent never said: " + missing.map { "\"\($0)\"" }.joined(separator: ", ")))

        // Rules.
        let violations = RuleCheck.violations(in: transcript, scenario: scenario, rules: domain.rules)
        components.append(ComponentResult(
            component: .rules, score: violations.isEmpty ? 1 : 0, counts: counted.contains(.rules),
            reason: violations.first.map { "\($0.rule) at turn \($0.turn): \($0.message)" }))

        // Actions: every gold action called with its (compared) arguments.
        let calls = transcript.toolEntries.compactMap(\.call)
        let unmatched = scenario.expected.actions.filter { !Tau2Rules.matched($0, by: calls) }
        components.append(ComponentResult(
            component: .actions, score: unmatched.isEmpty ? 1 : 0, counts: counted.contains(.actions),
            reason: unmatched.first.map { "gold action \($0.call.name)(\(JSONValue.object($0.call.arguments).compactText)) was never called" }))

        // NL assertions need a judge; without one they are shown as not evaluated.
        var judgeFailed = false
        if !scenario.expected.nl.isEmpty || counted.contains(.nl) {
            switch judgement {
            case nil:
                components.append(ComponentResult(component: .nl, score: nil, counts: false, reason: "not evaluated: no judge configured"))
            case .judged(let results):
                let unmet = results.first { !$0.met }
                components.append(ComponentResult(
                    component: .nl, score: unmet == nil ? 1 : 0, counts: counted.contains(.nl),
                    reason: unmet.map { "not met: \"\($0.assertion)\" (\($0.reason))" }))
            case .failed(let message):
                judgeFailed = counted.contains(.nl)
                components.append(ComponentResult(component: .nl, score: nil, counts: counted.contains(.nl), reason: "judge failed: \(message)"))
            }
        }

        var reward = components.filter(\.counts).reduce(1.0) { $0 * ($1.score ?? 1) }
        if !transcript.endReason.isNatural || judgeFailed { reward = 0 }
        let fault: Fault? = reward >= 1 - 1e-9 ? nil : (judgeFailed && transcript.endReason.isNatural ? .infrastructure : Self.attribute(transcript.endReason))
        return Verdict(
            reward: reward, components: components, stateDiff: stateDiff,
            changes: outcome.initial.diff(to: finalWorld), failedAssertions: failedAssertions,
            missingOutputs: missing, violations: violations, fault: fault)
    }

    private func check(_ assertion: StateAssertion, in world: World) -> String? {
        let actual = world[assertion.path]
        if assertion.absent {
            return actual == nil ? nil : "assertion failed: \(assertion.path) should be absent, is \(actual!.compactText)"
        }
        guard let expected = assertion.equals else { return nil }
        if actual == expected { return nil }
        return "assertion failed: \(assertion.path) should be \(expected.compactText), is \(actual?.compactText ?? "absent")"
    }

    static func attribute(_ reason: EndReason) -> Fault {
        switch reason {
        case .infrastructureError: .infrastructure
        case .userError: .userSimulator
        default: .agent
        }
    }
}
