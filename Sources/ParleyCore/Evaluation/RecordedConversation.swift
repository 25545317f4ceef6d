/// A conversation recorded elsewhere (a results file, an OpenAI message
/// list), to be scored without running it again.
public struct RecordedConversation: Sendable {
    public enum Event: Sendable, Equatable {
        case user(String)
        case agent(String)
        case tool(ToolCall)
    }

    public var scenarioID: String
    public var events: [Event]
    public var endReason: EndReason
    public var trial: Int
    public var seed: UInt64

    public init(scenarioID: String, events: [Event], endReason: EndReason = .userStop, trial: Int = 1, seed: UInt64 = 0) {
        self.scenarioID = scenarioID
        self.events = events
        self.endReason = endReason
        self.trial = trial
        self.seed = seed
    }

    /// Plays the recorded tool calls again on the scenario's starting state
    /// (tools are deterministic, so outputs and the final state come out as
    /// they were) and rebuilds the transcript the checker reads.
    public func replay(in domain: Domain, from initial: World) -> (transcript: Transcript, world: World) {
        let runner = ToolRunner(domain: domain, world: initial)
        var turn = 0
        for event in events {
            switch event {
            case .user(let text):
                turn += 1
                runner.record(.user, text, turn: max(turn, 1))
            case .agent(let text):
                runner.record(.agent, text, turn: max(turn, 1))
            case .tool(let call):
                runner.run(call)
            }
        }
        let transcript = Transcript(entries: runner.entries, endReason: endReason, turns: turn)
        return (transcript, runner.world)
    }

    /// Scores the conversation as a live run would.
    public func score(scenario: Scenario, outcome: ScenarioOutcome, domain: Domain, pack: String) -> TrialResult {
        let (transcript, world) = replay(in: domain, from: outcome.initial)
        let verdict = PolicyChecker(domain: domain).check(scenario: scenario, outcome: outcome, transcript: transcript, finalWorld: world)
        return TrialResult(pack: pack, scenarioID: scenarioID, tags: scenario.tags, trial: trial, seed: seed, verdict: verdict,
                           transcript: transcript, finalStateHash: world.canonicalHash)
    }
}
