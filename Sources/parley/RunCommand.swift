import ArgumentParser
import Foundation
import ParleyCore
import ParleyReferenceAgent
import ParleyReport
import ParleyRun

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate an agent on the scenarios of one or more packs.",
        discussion: "With no arguments: the bundled retail pack, the scripted user and the built-in reference agent over loopback HTTP.")

    @Argument(help: "Pack folders: Parley packs (domain.yaml, policy.md, db.json, scenarios/) or tau2-bench folders (db.json, tasks.json, policy.md).")
    var packs: [String] = ["Scenarios/retail"]

    @Option(help: "The agent: 'builtin' (the reference agent on a loopback port) or the base URL of an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1.")
    var agent: String = "builtin"

    @Option(help: "Model name sent to the agent endpoint.")
    var model: String = "parley-reference"

    @Option(name: .customLong("api-key-env"), help: "Environment variable that holds the agent endpoint's API key.")
    var apiKeyEnv: String?

    @Option(help: "User simulator: 'scripted' (each scenario's user.script) or 'llm' (a language model plays the user).")
    var user: String = "scripted"

    @Option(name: .customLong("user-url"), help: "--user llm: base URL of the OpenAI-compatible endpoint that plays the user.")
    var userURL: String?

    @Option(name: .customLong("user-model"), help: "--user llm: model name for the user simulator.")
    var userModel: String?

    @Option(name: .customLong("user-api-key-env"), help: "--user llm: environment variable that holds the user endpoint's API key.")
    var userAPIKeyEnv: String?

    @Option(name: .customLong("judge-url"), help: "Base URL of an OpenAI-compatible endpoint that judges the scenarios' nl assertions.")
    var judgeURL: String?

    @Option(name: .customLong("judge-model"), help: "Model name for the judge.")
    var judgeModel: String?

    @Option(name: .customLong("judge-api-key-env"), help: "Environment variable that holds the judge endpoint's API key.")
    var judgeAPIKeyEnv: String?

    @Option(help: "Trials per scenario (k for pass^k).")
    var trials: Int = 1

    @Option(help: "Conversations run at the same time.")
    var concurrency: Int = 4

    @Option(help: "Only the scenarios of this split (a tau2-bench folder's split_tasks.json, or a tag of that name).")
    var split: String?

    @Option(help: "Only scenarios whose id matches this glob (* and ?).")
    var filter: String?

    @Option(help: "Only scenarios with this tag.")
    var tag: String?

    @Option(help: "Run seed; each trial's seed derives from it, the scenario id and the trial number.")
    var seed: UInt64 = 0

    @Option(name: .customLong("max-turns"), help: "Most user turns per conversation (overrides the pack and scenarios).")
    var maxTurns: Int?

    @Option(help: "Run folder (default: a new folder under .parley/runs/).")
    var out: String?

    @Option(name: .customLong("record-responses"), help: "Keep every model answer (agent, user, judge) in this JSONL file.")
    var recordResponses: String?

    @Option(name: .customLong("replay-responses"), help: "Take every model answer from a file written by --record-responses: the run repeats without calling the models.")
    var replayResponses: String?

    @Flag(help: "Go on with the run in --out: keep its finished trials (results.jsonl) and run the rest.")
    var resume = false

    @Option(name: .customLong("fail-under"), help: "Exit with code 1 when the average reward is below this (0 to 1).")
    var failUnder: Double?

    @Option(help: "Seconds allowed for one request to the agent.")
    var timeout: Int = 120

    @Option(help: "Retries of a failed request to the agent (connection errors, timeouts, 429, 5xx).")
    var retries: Int = 3

    @Option(help: "Built-in agent only: a deliberate mistake (\(RetailReferenceAgent.Flaw.allCases.map(\.rawValue).joined(separator: ", "))).")
    var flaw: String = "none"

    func run() async throws {
        let configuration: RunConfiguration
        do {
            configuration = try makeConfiguration()
        } catch {
            throw fail(error)
        }
        let reporter = ProgressReporter(interactive: FileOutput.standardError.isTerminal)
        do {
            let outcome = try await EvaluationRun(configuration: configuration).execute { reporter.report($0) }
            reporter.finish()
            for warning in outcome.warnings { printError(warning.description) }
            print(SummaryTable.render(outcome.results, summary: outcome.summary))
            let (trialsPerSecond, turnsPerSecond) = outcome.throughput
            print(String(format: "wall %.2f s   %.1f trials/s   %.1f user turns/s", outcome.wallSeconds, trialsPerSecond, turnsPerSecond))
            print("\nrun folder: \(outcome.directory)  (run.json, results.jsonl, summary.json)")
            if let unreachable = outcome.unreachable { printError("error: the agent could not be reached: \(unreachable)") }
            if outcome.exitCode == 1, let threshold = configuration.failUnder {
                printError("average reward \(outcome.summary.averageReward) is below --fail-under \(threshold)")
            }
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        } catch let error as RunError {
            reporter.finish()
            throw fail(error)
        }
    }

    func makeConfiguration() throws(RunError) -> RunConfiguration {
        var c = RunConfiguration()
        c.packs = packs
        c.user = try makeUser()
        c.judge = try makeJudge()
        if agent == "builtin" {
            guard let flaw = RetailReferenceAgent.Flaw(rawValue: flaw) else {
                throw .usage("--flaw must be one of \(RetailReferenceAgent.Flaw.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(flaw)')")
            }
            c.agent = .builtin(flaw: flaw)
        } else {
            guard isHTTPURL(agent) else {
                throw .usage("--agent must be 'builtin' or an http(s) URL such as http://127.0.0.1:8000/v1 (got '\(agent)')")
            }
            guard flaw == "none" else { throw .usage("--flaw applies only to --agent builtin") }
            c.agent = .openAI(baseURL: agent)
        }
        if let apiKeyEnv { c.apiKey = try key(in: apiKeyEnv, flag: "--api-key-env") }
        if let failUnder, !(0...1).contains(failUnder) { throw .usage("--fail-under must be between 0 and 1 (got \(failUnder))") }
        if let maxTurns, maxTurns < 1 { throw .usage("--max-turns must be at least 1") }
        guard timeout > 0 else { throw .usage("--timeout must be a positive number of seconds") }
        c.model = model
        c.trials = trials
        c.concurrency = concurrency
        c.split = split
        c.filter = filter
        c.tag = tag
        c.seed = seed
        c.maxTurns = maxTurns
        c.outDirectory = out
        c.resume = resume
        switch (recordResponses, replayResponses) {
        case (nil, nil): break
        case (let path?, nil): c.responses = (path, false)
        case (nil, let path?): c.responses = (path, true)
        default: throw .usage("--record-responses and --replay-responses exclude each other")
        }
        c.failUnder = failUnder
        c.requestTimeout = .seconds(timeout)
        guard retries >= 0 else { throw .usage("--retries must be 0 or more") }
        c.retries = retries
        return c
    }

    func makeUser() throws(RunError) -> RunConfiguration.User {
        switch user {
        case "scripted":
            guard userURL == nil, userModel == nil, userAPIKeyEnv == nil else {
                throw .usage("--user-url, --user-model and --user-api-key-env apply only to --user llm")
            }
            return .scripted
        case "llm":
            guard let userURL, isHTTPURL(userURL) else {
                throw .usage("--user llm needs --user-url, the base URL of an OpenAI-compatible endpoint (e.g. http://127.0.0.1:8000/v1)")
            }
            guard let userModel else { throw .usage("--user llm needs --user-model NAME") }
            var apiKey: String?
            if let userAPIKeyEnv { apiKey = try key(in: userAPIKeyEnv, flag: "--user-api-key-env") }
            return .llm(baseURL: userURL, model: userModel, apiKey: apiKey)
        default:
            throw .usage("--user must be 'scripted' or 'llm' (got '\(user)')")
        }
    }

    func makeJudge() throws(RunError) -> RunConfiguration.Judge? {
        guard judgeURL != nil || judgeModel != nil || judgeAPIKeyEnv != nil else { return nil }
        guard let judgeURL, isHTTPURL(judgeURL) else {
            throw .usage("--judge-url must be the base URL of an OpenAI-compatible endpoint (e.g. http://127.0.0.1:8002/v1)")
        }
        guard let judgeModel else { throw .usage("--judge-url needs --judge-model NAME") }
        var apiKey: String?
        if let judgeAPIKeyEnv { apiKey = try key(in: judgeAPIKeyEnv, flag: "--judge-api-key-env") }
        return RunConfiguration.Judge(baseURL: judgeURL, model: judgeModel, apiKey: apiKey)
    }

    func isHTTPURL(_ text: String) -> Bool { text.hasPrefix("http://") || text.hasPrefix("https://") }

    func key(in variable: String, flag: String) throws(RunError) -> String {
        guard let key = ProcessInfo.processInfo.environment[variable], !key.isEmpty else {
            throw .usage("\(flag) \(variable): that environment variable is not set")
        }
        return key
    }
}
