/// A scenario's starting state and gold final state, computed once and shared
/// by all of its trials.
public struct ScenarioOutcome: Sendable {
    /// The domain's state with the scenario's setup applied.
    public var initial: World
    /// `initial` with the gold actions replayed through the domain's tools.
    public var gold: World
    /// What each gold action produced.
    public var goldSteps: [ReplayStep]

    public init(scenario: Scenario, domainState: World, domain: Domain) throws(DiagnosticsError) {
        var world = domainState
        var problems: [Diagnostic] = []
        for step in scenario.setup {
            if let problem = step.apply(to: &world) { problems.append(Diagnostic(at: scenario.location, "setup: \(problem)")) }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        let replay = GoldReplay.replay(scenario.expected.calls, on: world, in: domain)
        self.initial = world
        self.gold = replay.world
        self.goldSteps = replay.steps
    }
}

extension SetupStep {
    /// Applies the step; returns a description of the problem if the path does not exist.
    public func apply(to world: inout World) -> String? {
        switch self {
        case .set(let pointer, let value):
            guard let key = pointer.tokens.last else { world.root = value; return nil }
            let parent = JSONPointer(tokens: Array(pointer.tokens.dropLast()))
            let done: Bool? = world.root.modify(at: parent) { container in
                switch container {
                case .object: container.set(key, to: value); return true
                case .array(var items):
                    guard let i = Int(key), i <= items.count else { return false }
                    if i == items.count { items.append(value) } else { items[i] = value }
                    container = .array(items)
                    return true
                default: return false
                }
            }
            return done == true ? nil : "cannot set \(pointer): \(parent) is not an existing object or array"
        case .remove(let pointer):
            guard let key = pointer.tokens.last, world[pointer] != nil else { return "cannot remove \(pointer): no such path" }
            let parent = JSONPointer(tokens: Array(pointer.tokens.dropLast()))
            world.root.modify(at: parent) { container in
                if case .array(var items) = container, let i = Int(key) {
                    items.remove(at: i)
                    container = .array(items)
                } else {
                    container.remove(key)
                }
            }
            return nil
        }
    }
}
