/// The result of one scoring component.
public struct ComponentResult: Sendable, Equatable {
    public var component: ScoreComponent
    /// 1 or 0; `nil` when it could not be evaluated (e.g. no judge configured).
    public var score: Double?
    /// Whether the scenario counts it in the reward.
    public var counts: Bool
    /// Why it failed, in a line.
    public var reason: String?

    public init(component: ScoreComponent, score: Double?, counts: Bool, reason: String? = nil) {
        self.component = component
        self.score = score
        self.counts = counts
        self.reason = reason
    }
}

/// A broken trajectory rule.
public struct RuleViolation: Sendable, Equatable {
    public var rule: String
    /// The user turn during which it happened.
    public var turn: Int
    public var message: String
    public init(rule: String, turn: Int, message: String) {
        self.rule = rule
        self.turn = turn
        self.message = message
    }
}

/// Who a failed trial is attributed to.
public enum Fault: String, Sendable, Codable, CaseIterable {
    case agent
    case userSimulator = "user_simulator"
    case infrastructure
}

/// The policy checker's judgement of one conversation.
public struct Verdict: Sendable {
    public var reward: Double
    public var components: [ComponentResult]
    /// Final state against the gold state (after `ignore`), empty when equal.
    public var stateDiff: [StateChange]
    /// Initial state against the final state: everything the agent changed.
    public var changes: [StateChange]
    public var failedAssertions: [String]
    public var missingOutputs: [String]
    public var violations: [RuleViolation]
    /// Set when the reward is below 1.
    public var fault: Fault?

    public var passed: Bool { reward >= 1 - 1e-9 }

    public func component(_ c: ScoreComponent) -> ComponentResult? { components.first { $0.component == c } }
}
