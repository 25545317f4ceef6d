import ParleyCore

/// A domain with its scenarios, loaded from disk.
public struct Pack: Sendable {
    public var name: String
    public var title: String
    /// The folder it was loaded from.
    public var directory: String
    public var domain: Domain
    public var policy: String
    public var initialState: World
    public var scenarios: [Scenario]
    public var settings: ConversationSettings
    /// Each scenario's starting and gold states, by id, as validation computed them.
    public var outcomes: [String: ScenarioOutcome] = [:]

    /// The scenario's starting and gold states: from validation, or computed now.
    public func outcome(of scenario: Scenario) throws(DiagnosticsError) -> ScenarioOutcome {
        if let known = outcomes[scenario.id] { return known }
        return try ScenarioOutcome(scenario: scenario, domainState: initialState, domain: domain)
    }

    /// The scenarios whose id matches `glob` (`*` and `?`) and that carry `tag`.
    public func scenarios(matching glob: String?, tag: String?) -> [Scenario] {
        scenarios.filter { scenario in
            (glob.map { Glob.matches(scenario.id, pattern: $0) } ?? true) && (tag.map { scenario.tags.contains($0) } ?? true)
        }
    }
}

/// Shell-style wildcard matching for scenario ids.
public enum Glob {
    public static func matches(_ text: String, pattern: String) -> Bool {
        let t = Array(text), p = Array(pattern)
        var ti = 0, pi = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                ti += 1; pi += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
