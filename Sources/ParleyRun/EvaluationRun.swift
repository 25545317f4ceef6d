import Foundation
import ParleyCore
import ParleyHTTP
import ParleyNet
import ParleyPacks
import ParleyReferenceAgent
import ParleyReport
import ParleyServe

/// What a finished run produced.
public struct RunOutcome: Sendable {
    public var directory: String
    public var results: [TrialResult]
    public var summary: RunSummary
    public var warnings: [Diagnostic]
    /// Set when no trial reached the agent: the run could not be carried out.
    public var unreachable: String?
    public var configuration: RunConfiguration
    /// Wall time of the conversations and their scoring.
    public var wallSeconds: Double
    /// How many of `results` a resumed run took over from the run folder.
    public var resumedTrials: Int

    /// Throughput of the trials this run played, for the terminal.
    public var throughput: (trialsPerSecond: Double, turnsPerSecond: Double) {
        let played = results.dropFirst(resumedTrials)
        let turns = played.reduce(0) { $0 + $1.transcript.turns }
        return wallSeconds > 0 ? (Double(played.count) / wallSeconds, Double(turns) / wallSeconds) : (0, 0)
    }

    /// 0 done, 1 below `--fail-under`, 3 the agent could not be reached.
    public var exitCode: Int32 {
        if unreachable != nil { return 3 }
        if let threshold = configuration.failUnder, summary.averageReward < threshold { return 1 }
        return 0
    }
}

/// `parley run`: loads the packs, reaches the agent, plays every scenario ×
/// trial, scores them and writes the run folder as it goes.
public struct EvaluationRun: Sendable {
    public static let version = "0.1.0"

    public var configuration: RunConfiguration
    public init(configuration: RunConfiguration) { self.configuration = configuration }

    public func execute(progress: @escaping @Sendable (RunProgress) -> Void = { _ in }) async throws(RunError) -> RunOutcome {
        let config = configuration
        guard config.trials >= 1 else { throw .usage("--trials must be at least 1") }
        guard config.concurrency >= 1 else { throw .usage("--concurrency must be at least 1") }
        let (packs, warnings) = try loadPacks()
        let selected = try select(from: packs)
        var resumed = RunResumption(finished: [])
        if config.resume {
            guard let folder = config.outDirectory else { throw .usage("--resume needs --out DIR: the run folder to go on with") }
            resumed = try RunResumption.load(folder: folder, packs: packs, seed: config.seed)
        }
        let skip = resumed.keys
        let remaining = selected.reduce(0) { count, entry in
            count + entry.1.reduce(0) { n, scenario in
                n + (1...config.trials).filter { !skip.contains(RunResumption.Key(pack: entry.0.name, scenario: scenario.id, trial: $0)) }.count
            }
        }
        let directory: RunDirectory
        do {
            directory = try RunDirectory(path: config.outDirectory ?? RunDirectory.freshPath(under: config.runsRoot))
            try await directory.write(runRecord(packs: packs, trials: selected.reduce(0) { $0 + $1.1.count } * config.trials), to: "run.json")
        } catch {
            throw .couldNotRun(error.message)
        }

        let store = try openResponseStore()
        let client = HTTPClient()
        defer { client.shutdown() }
        let started = ContinuousClock.now
        let tally = RunTally()
        var results: [TrialResult]
        do {
            results = try await withAgentURL { baseURL, label in
                progress(.started(directory: directory.path, trials: remaining, agent: label))
                let agent = backend(baseURL, apiKey: config.apiKey, role: "agent", client: client, store: store)
                let connector = ChatCompletionsConnector(backend: agent, model: config.model)
                let judge = config.judge.map {
                    LLMJudge(backend: backend($0.baseURL, apiKey: $0.apiKey, role: "judge", client: client, store: store), model: $0.model)
                }
                return await runTrials(selected, connector: connector, user: makeUser(client: client, store: store), judge: judge, skipping: skip,
                                       total: remaining, directory: directory, tally: tally, progress: progress)
            }
        } catch {
            throw .couldNotRun("could not start the built-in agent: \(error)")
        }
        await directory.close()
        await store?.close()
        if let failure = tally.writeFailure { throw .couldNotRun(failure) }
        results = resumed.finished + results

        let elapsed = ContinuousClock.now - started
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let summary = Metrics.summarize(results)
        var summaryJSON = summary.json
        summaryJSON.set("run", to: .string(directory.path))
        summaryJSON.set("wall_seconds", to: .double((wall * 1000).rounded() / 1000))
        do {
            try await directory.write(summaryJSON, to: "summary.json")
        } catch {
            throw .couldNotRun(error.message)
        }
        let infrastructure = results.filter { $0.verdict.fault == .infrastructure }
        let unreachable = !results.isEmpty && infrastructure.count == results.count
            ? (infrastructure.first?.transcript.error ?? "every trial failed with an infrastructure fault") : nil
        return RunOutcome(directory: directory.path, results: results, summary: summary, warnings: warnings,
                          unreachable: unreachable, configuration: config, wallSeconds: wall,
                          resumedTrials: resumed.finished.count)
    }

    /// The scenarios to run from each pack; refuses a selection that is empty
    /// or that the chosen user cannot play.
    func select(from packs: [Pack]) throws(RunError) -> [(Pack, [Scenario])] {
        let config = configuration
        let selected = packs.map { pack in (pack, pack.scenarios(matching: config.filter, tag: config.tag)) }
        guard selected.contains(where: { !$0.1.isEmpty }) else {
            throw .usage("no scenario matches" + (config.filter.map { " --filter \($0)" } ?? "") + (config.tag.map { " --tag \($0)" } ?? ""))
        }
        if config.user == .scripted {
            let unscripted = selected.flatMap(\.1).filter { $0.user.script == nil }.map(\.id)
            if !unscripted.isEmpty {
                throw .usage("the scripted user needs user.script, which \(unscripted.count) selected scenario(s) lack (e.g. '\(unscripted[0])'); "
                    + "run them with --user llm --user-url URL --user-model NAME, or select scripted ones with --filter/--tag")
            }
        }
        return selected
    }

    /// The store of model answers, when they are recorded or replayed.
    func openResponseStore() throws(RunError) -> ResponseStore? {
        guard let responses = configuration.responses else { return nil }
        do {
            return try ResponseStore(path: responses.path, mode: responses.replay ? .replay : .record)
        } catch {
            throw responses.replay ? .usage(error.message) : .couldNotRun(error.message)
        }
    }

    /// An OpenAI-compatible endpoint with the run's timeout and retries,
    /// behind the response store when answers are recorded or replayed.
    func backend(_ baseURL: String, apiKey: String?, role: String, client: HTTPClient, store: ResponseStore?) -> any ChatCompletionsBackend {
        let http = HTTPChatBackend(baseURL: baseURL, apiKey: apiKey, client: client, timeout: configuration.requestTimeout,
                                   retry: RetryPolicy(maxAttempts: configuration.retries + 1))
        return store.map { RecordingBackend(http, store: $0, role: role) } ?? http
    }

    /// Loads every pack; any error in any pack stops the run before it starts.
    func loadPacks() throws(RunError) -> ([Pack], [Diagnostic]) {
        var packs: [Pack] = []
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for path in configuration.packs {
            let loaded = PackLoader.load(path, split: configuration.split)
            errors += loaded.errors
            warnings += loaded.diagnostics.filter { $0.severity == .warning }
            if let pack = loaded.pack { packs.append(pack) }
        }
        guard errors.isEmpty else { throw .badInput(errors) }
        return (packs, warnings)
    }

    /// Runs `body` with the agent's base URL: the configured one, or the
    /// built-in reference agent served on an ephemeral loopback port.
    private func withAgentURL<R: Sendable>(_ body: @Sendable (String, String) async throws -> R) async throws -> R {
        switch configuration.agent {
        case .openAI(let baseURL):
            return try await body(baseURL, "openai \(baseURL)")
        case .builtin(let flaw):
            let agent = RetailReferenceAgent(flaw: flaw)
            let router = ChatCompletionsRouter.make(model: "parley-reference") { agent.respond(to: $0) }
            return try await LoopbackServer.with(router) { url in
                try await body(url + "/v1", "built-in reference agent at \(url)/v1" + (flaw == .none ? "" : " (flaw: \(flaw.rawValue))"))
            }
        }
    }

    private func makeUser(client: HTTPClient, store: ResponseStore?) -> any UserSimulator {
        switch configuration.user {
        case .scripted:
            ScriptedUserSimulator()
        case .llm(let baseURL, let model, let apiKey):
            LLMUserSimulator(backend: backend(baseURL, apiKey: apiKey, role: "user", client: client, store: store), model: model)
        }
    }

    private func runTrials(_ selected: [(Pack, [Scenario])], connector: ChatCompletionsConnector, user: any UserSimulator,
                           judge: LLMJudge?, skipping skip: Set<RunResumption.Key>, total: Int, directory: RunDirectory,
                           tally: RunTally, progress: @escaping @Sendable (RunProgress) -> Void) async -> [TrialResult]
    {
        var all: [TrialResult] = []
        for (pack, scenarios) in selected where !scenarios.isEmpty {
            var settings = pack.settings
            if let maxTurns = configuration.maxTurns { settings.maxTurns = maxTurns }
            let scenarios = scenarios.map { scenario in
                var scenario = scenario
                if let maxTurns = configuration.maxTurns { scenario.limits.maxTurns = maxTurns }
                return scenario
            }
            let prepared = scenarios.compactMap { s in
                (try? pack.outcome(of: s)).map { (s, $0) }
            }
            let evaluator = Evaluator(
                packName: pack.name, conversation: Conversation(domain: pack.domain, policy: pack.policy, settings: settings),
                user: user, agent: connector, concurrency: configuration.concurrency, judge: judge)
            let plans = Evaluator.plan(scenarios: prepared, trials: configuration.trials, runSeed: configuration.seed)
                .filter { !skip.contains(RunResumption.Key(pack: pack.name, scenario: $0.scenario.id, trial: $0.trial)) }
            all += await evaluator.run(plans) { result in
                do {
                    try await directory.append(result)
                } catch {
                    tally.noteWriteFailure((error as? ReportError)?.message ?? "\(error)")
                }
                let (done, passed) = tally.count(passed: result.verdict.passed)
                progress(.finished(result, done: done, total: total, passed: passed))
            }
        }
        return all
    }

    private func runRecord(packs: [Pack], trials: Int) -> JSONValue {
        let c = configuration
        let agent: JSONValue = switch c.agent {
        case .builtin(let flaw): ["kind": "builtin", "flaw": .string(flaw.rawValue)]
        case .openAI(let url): ["kind": "openai", "base_url": .string(url)]
        }
        let userRecord: JSONValue = switch c.user {
        case .scripted: ["kind": "scripted"]
        case .llm(let url, let model, _): ["kind": "llm", "base_url": .string(url), "model": .string(model)]
        }
        return [
            "parley_version": .string(Self.version),
            "started_at": .string(ISO8601DateFormatter().string(from: Date())),
            "seed": .string(String(c.seed)),
            "configuration": [
                "packs": .array(c.packs.map(JSONValue.string)), "agent": agent, "model": .string(c.model),
                "api_key_set": .bool(c.apiKey != nil), "user": userRecord,
                "judge": c.judge.map { ["base_url": .string($0.baseURL), "model": .string($0.model)] } ?? .null, "trials": .int(c.trials),
                "concurrency": .int(c.concurrency), "filter": c.filter.map(JSONValue.string) ?? .null,
                "tag": c.tag.map(JSONValue.string) ?? .null, "split": c.split.map(JSONValue.string) ?? .null, "max_turns": c.maxTurns.map(JSONValue.int) ?? .null,
                "fail_under": c.failUnder.map(JSONValue.double) ?? .null, "resume": .bool(c.resume),
                "responses": c.responses.map { ["path": .string($0.path), "mode": .string($0.replay ? "replay" : "record")] } ?? .null,
            ],
            "packs": .array(packs.map { pack in
                ["name": .string(pack.name), "directory": .string(pack.directory), "domain": .string(pack.domain.name),
                 "scenarios": .int(pack.scenarios.count), "initial_state_sha256": .string(pack.initialState.canonicalHash)]
            }),
            "planned_trials": .int(trials),
        ]
    }
}
