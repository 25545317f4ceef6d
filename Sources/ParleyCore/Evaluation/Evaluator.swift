/// One trial to run.
public struct TrialPlan: Sendable {
    public var scenario: Scenario
    public var outcome: ScenarioOutcome
    public var trial: Int
    public var seed: UInt64
}

/// Runs scenarios × trials, many conversations at once, and scores each.
/// Results are handed to `onResult` as each trial finishes, so a caller can
/// write them out immediately.
public struct Evaluator: Sendable {
    /// Recorded in each result.
    public var packName: String
    public var conversation: Conversation
    public var user: any UserSimulator
    public var agent: any AgentConnector
    public var concurrency: Int
    /// Judges `nl` assertions; without one they are not evaluated.
    public var judge: (any AssertionJudge)?

    public init(packName: String, conversation: Conversation, user: any UserSimulator, agent: any AgentConnector, concurrency: Int = 4,
                judge: (any AssertionJudge)? = nil)
    {
        self.judge = judge
        self.packName = packName
        self.conversation = conversation
        self.user = user
        self.agent = agent
        self.concurrency = max(1, concurrency)
    }

    /// The trials of `scenarios`, each with its seed derived from the run seed.
    public static func plan(scenarios: [(Scenario, ScenarioOutcome)], trials: Int, runSeed: UInt64) -> [TrialPlan] {
        scenarios.flatMap { scenario, outcome in
            (1...max(1, trials)).map { trial in
                TrialPlan(scenario: scenario, outcome: outcome, trial: trial,
                          seed: SeededGenerator.trialSeed(runSeed: runSeed, scenarioID: scenario.id, trial: trial))
            }
        }
    }

    /// Runs one trial.
    public func run(_ plan: TrialPlan) async -> TrialResult {
        let (transcript, world) = await conversation.run(
            scenario: plan.scenario, initialWorld: plan.outcome.initial, user: user, agent: agent, seed: plan.seed)
        var judgement: NLJudgement?
        if let judge, !plan.scenario.expected.nl.isEmpty {
            judgement = await judge.judge(plan.scenario.expected.nl, scenario: plan.scenario, transcript: transcript)
        }
        let verdict = PolicyChecker(domain: conversation.domain).check(
            scenario: plan.scenario, outcome: plan.outcome, transcript: transcript, finalWorld: world, judgement: judgement)
        return TrialResult(pack: packName, scenarioID: plan.scenario.id, tags: plan.scenario.tags, trial: plan.trial, seed: plan.seed,
                           verdict: verdict, transcript: transcript, finalStateHash: world.canonicalHash)
    }

    /// Runs all `plans`, at most `concurrency` at a time; returns the results in plan order.
    public func run(_ plans: [TrialPlan], onResult: @Sendable (TrialResult) async -> Void) async -> [TrialResult] {
        var results = [TrialResult?](repeating: nil, count: plans.count)
        await withTaskGroup(of: (Int, TrialResult).self) { group in
            var next = 0
            func startNext() {
                guard next < plans.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await self.run(plans[index])) }
            }
            for _ in 0..<min(concurrency, plans.count) { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                await onResult(result)
                if !Task.isCancelled { startNext() }
            }
        }
        return results.compactMap { $0 }
    }
}
