/// One replayed action and what it produced.
public struct ReplayStep: Sendable, Equatable {
    public var call: ToolCall
    public var outcome: ToolOutcome
}

/// Replays a list of tool calls on a state, in order, through a domain's
/// tools. A failing call is recorded and the replay goes on, as tau2-bench's
/// evaluator does.
public enum GoldReplay {
    public static func replay(_ calls: [ToolCall], on world: World, in domain: Domain) -> (world: World, steps: [ReplayStep]) {
        var world = world
        var steps: [ReplayStep] = []
        steps.reserveCapacity(calls.count)
        for call in calls {
            let outcome = domain.invoke(call, in: &world)
            steps.append(ReplayStep(call: call, outcome: outcome))
        }
        return (world, steps)
    }
}
