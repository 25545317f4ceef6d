/// Checks scenarios against their domain: every tool named exists, every
/// argument is in the tool's schema, the setup applies and every gold action
/// succeeds when replayed.
public enum ScenarioValidator {
    /// A diagnostic for every scenario whose id was already used.
    public static func duplicateIDs(_ scenarios: [Scenario]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for scenario in scenarios {
            if let first = seen[scenario.id] {
                diagnostics.append(Diagnostic(at: scenario.location, "duplicate scenario id '\(scenario.id)' (first defined at \(first))"))
            } else {
                seen[scenario.id] = scenario.location
            }
        }
        return diagnostics
    }

    /// `replayGold: false` skips the replay (setup paths, failing gold actions,
    /// assertions), for callers that replay the gold actions themselves.
    public static func validate(_ scenario: Scenario, domain: Domain, state: World, replayGold: Bool = true) -> [Diagnostic] {
        check(scenario, domain: domain, state: state, replayGold: replayGold).diagnostics
    }

    /// The problems found, and the scenario's outcome (starting and gold
    /// states) when the replay ran, so that callers need not replay again.
    public static func check(_ scenario: Scenario, domain: Domain, state: World, replayGold: Bool = true)
        -> (diagnostics: [Diagnostic], outcome: ScenarioOutcome?)
    {
        var diagnostics: [Diagnostic] = []
        let names = domain.specs.map(\.name)
        func location(ofAction i: Int) -> SourceLocation {
            i < scenario.actionLocations.count ? scenario.actionLocations[i] : scenario.location
        }
        var wellFormed = true
        for (i, action) in scenario.expected.calls.enumerated() {
            guard let tool = domain.tool(named: action.name) else {
                diagnostics.append(Diagnostic(at: location(ofAction: i), "scenario '\(scenario.id)': gold action uses unknown tool '\(action.name)'\(suggestion(action.name, names))"))
                wellFormed = false
                continue
            }
            for problem in tool.spec.problems(with: action.arguments) {
                diagnostics.append(Diagnostic(at: location(ofAction: i), "scenario '\(scenario.id)': \(problem)"))
                wellFormed = false
            }
        }
        for call in scenario.expected.forbidden where domain.tool(named: call.name) == nil {
            diagnostics.append(Diagnostic(at: scenario.location, "scenario '\(scenario.id)': forbidden call names unknown tool '\(call.name)'\(suggestion(call.name, names))"))
        }
        if scenario.user.script == nil, scenario.expected.scoring != .tau2 {
            diagnostics.append(Diagnostic(.warning, at: scenario.location, "scenario '\(scenario.id)' has no user.script: only a language-model or human user can play it"))
        }
        guard replayGold else { return (diagnostics, nil) }
        let outcome: ScenarioOutcome
        do {
            outcome = try ScenarioOutcome(scenario: scenario, domainState: state, domain: domain)
        } catch {
            return (diagnostics + error.diagnostics.map { d in
                var d = d
                d.message = "scenario '\(scenario.id)': " + d.message
                return d
            }, nil)
        }
        if wellFormed {
            // tau2-bench's own tasks include gold actions that fail; its evaluator goes on past them.
            let severity: Diagnostic.Severity = scenario.expected.scoring == .tau2 ? .warning : .error
            for (i, step) in outcome.goldSteps.enumerated() where step.outcome.isError {
                diagnostics.append(Diagnostic(severity, at: location(ofAction: i), "scenario '\(scenario.id)': gold action \(i + 1) (\(step.call.name)) fails when replayed: \(step.outcome.errorMessage ?? step.outcome.output)"))
            }
        }
        for assertion in scenario.expected.assertions {
            let actual = outcome.gold[assertion.path]
            let holds = assertion.absent ? actual == nil : (assertion.equals == nil || actual == assertion.equals)
            if !holds {
                diagnostics.append(Diagnostic(.warning, at: scenario.location, "scenario '\(scenario.id)': assertion on \(assertion.path) does not hold in the gold state (is \(actual?.compactText ?? "absent"))"))
            }
        }
        return (diagnostics, outcome)
    }

    private static func suggestion(_ name: String, _ names: [String]) -> String {
        let close = names.filter { $0.hasPrefix(String(name.prefix(6))) }
        return close.isEmpty ? "" : " (did you mean '\(close[0])'?)"
    }
}
