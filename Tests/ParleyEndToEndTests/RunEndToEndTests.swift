import Foundation
import ParleyCore
import ParleyReferenceAgent
import ParleyRun
import ParleyPacks
import ParleyServe
import Testing

/// `parley run` as a library, against the reference agent served over real
/// loopback HTTP, on the bundled retail pack.
@Suite(.serialized) struct RunEndToEndTests {
    func configuration(_ out: String, flaw: RetailReferenceAgent.Flaw = .none) -> RunConfiguration {
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.agent = .builtin(flaw: flaw)
        c.outDirectory = out
        c.concurrency = 4
        return c
    }

    @Test func theReferenceAgentPassesTheBundledPack() async throws {
        let out = Paths.scratch("default")
        defer { Paths.remove(out) }
        let outcome = try await EvaluationRun(configuration: configuration(out)).execute()
        #expect(outcome.results.count >= 20)
        for result in outcome.results {
            #expect(result.transcript.endReason.isNatural, "\(result.scenarioID) ended with \(result.transcript.endReason): \(result.transcript.error ?? "")")
            #expect(result.verdict.passed, "\(result.scenarioID): \(result.verdict.components.filter { $0.score == 0 }.map { $0.reason ?? "" })")
        }
        #expect(outcome.exitCode == 0)
        #expect(outcome.summary.passHatK[1] == 1)

        // The run folder: one flushed line per trial, a summary and the run record.
        let lines = Paths.lines(out + "/results.jsonl")
        #expect(lines.count == outcome.results.count)
        let first = try JSONParser.parse(try #require(lines.first))
        for key in ["scenario", "trial", "seed", "reward", "components", "state_diff", "violations", "end_reason", "fault", "transcript", "timings"] {
            #expect(first[key] != nil, "results.jsonl lacks \(key)")
        }
        let summary = try JSONParser.parse(try String(contentsOfFile: out + "/summary.json", encoding: .utf8))
        #expect(summary["pass_hat_k"]?["1"] == .double(1))
        #expect(summary["trials"] == .int(outcome.results.count))
        let run = try JSONParser.parse(try String(contentsOfFile: out + "/run.json", encoding: .utf8))
        #expect(run["parley_version"] != nil)
        #expect(run["packs"]?.arrayValue?.first?["initial_state_sha256"]?.stringValue?.count == 64)
    }

    @Test func theCheckerCatchesAnAgentThatSkipsConfirmation() async throws {
        let out = Paths.scratch("flawed")
        defer { Paths.remove(out) }
        let outcome = try await EvaluationRun(configuration: configuration(out, flaw: .skipsConfirmation)).execute()
        let failed = outcome.results.filter { !$0.verdict.passed }
        #expect(!failed.isEmpty)
        let caught = failed.filter { $0.verdict.violations.contains { $0.rule == RuleCheck.confirmBeforeWrite } }
        #expect(!caught.isEmpty, "some failure names the confirmation rule")
        #expect(failed.allSatisfy { $0.verdict.fault == .agent })
        #expect(caught.first?.verdict.component(.rules)?.reason?.contains("without an explicit yes") == true)
        #expect(outcome.summary.averageReward < 1)
    }

    @Test func failUnderSetsExitCodeOne() async throws {
        var c = configuration(Paths.scratch("fail-under"), flaw: .skipsConfirmation)
        defer { Paths.remove(c.outDirectory!) }
        c.failUnder = 0.99
        let outcome = try await EvaluationRun(configuration: c).execute()
        #expect(outcome.exitCode == 1)
    }

    @Test func anUnreachableAgentIsReportedAsInfrastructure() async throws {
        var c = configuration(Paths.scratch("unreachable"))
        defer { Paths.remove(c.outDirectory!) }
        c.agent = .openAI(baseURL: "http://127.0.0.1:9/v1")
        c.retries = 0
        c.filter = "*cancel*"
        let outcome = try await EvaluationRun(configuration: c).execute()
        #expect(!outcome.results.isEmpty)
        #expect(outcome.results.allSatisfy { $0.verdict.fault == .infrastructure })
        #expect(outcome.exitCode == 3)
        #expect(outcome.unreachable?.contains("127.0.0.1:9") == true)
        #expect(Paths.lines(c.outDirectory! + "/results.jsonl").count == outcome.results.count, "results are kept")
    }

    @Test func sameSeedSameConversations() async throws {
        var a = configuration(Paths.scratch("seed-a"))
        a.seed = 11
        a.trials = 2
        a.filter = "*exchange*"
        var b = a
        b.outDirectory = Paths.scratch("seed-b")
        defer { Paths.remove(a.outDirectory!); Paths.remove(b.outDirectory!) }
        let first = try await EvaluationRun(configuration: a).execute()
        let second = try await EvaluationRun(configuration: b).execute()
        #expect(!first.results.isEmpty)
        #expect(first.results.map { $0.transcript.entries.map(\.text) } == second.results.map { $0.transcript.entries.map(\.text) })
        #expect(first.results.map(\.seed) == second.results.map(\.seed))
    }

    @Test func badInputStopsTheRunWithExitCodeTwo() async throws {
        var c = configuration(Paths.scratch("bad"))
        c.packs = [Paths.scratch("not-a-pack")]
        defer { Paths.remove(c.outDirectory!); Paths.remove(c.packs[0]) }
        await #expect {
            try await EvaluationRun(configuration: c).execute()
        } throws: { error in
            guard let e = error as? RunError, case .badInput(let diagnostics) = e else { return false }
            return e.exitCode == 2 && diagnostics.first?.message.contains("domain.yaml") == true
        }
    }
}

/// `--user llm`: a language model at an OpenAI-compatible endpoint plays the user.
struct LLMUserRunTests {
    @Test func aModelEndpointPlaysTheUser() async throws {
        // A stand-in model that asks for an order's status, then ends the conversation.
        let fakeModel = ChatCompletionsRouter.make(model: "fake-user") { messages in
            let turns = messages.filter { $0.role == .assistant }.count
            return .assistant(turns == 0 ? "Hi, what is the status of order #W1001? My email is not needed, right?" : "Thanks. ###STOP###")
        }
        try await LoopbackServer.with(fakeModel) { url in
            var c = RunConfiguration()
            c.packs = [Paths.retailPack]
            c.user = .llm(baseURL: url + "/v1", model: "fake-user", apiKey: nil)
            c.filter = "order_status"
            c.outDirectory = Paths.scratch("llm-user")
            defer { Paths.remove(c.outDirectory!) }
            let outcome = try await EvaluationRun(configuration: c).execute()
            let result = try #require(outcome.results.first)
            #expect(result.transcript.entries.first?.text == "Hi, what is the status of order #W1001? My email is not needed, right?")
            #expect(result.transcript.endReason == .userStop)
            #expect(result.transcript.entries.last?.text == "Thanks.")
            let run = try JSONParser.parse(try String(contentsOfFile: c.outDirectory! + "/run.json", encoding: .utf8))
            #expect(run["configuration"]?["user"]?["kind"] == "llm")
        }
    }

    @Test(.enabled(if: Tau2Data.available, "tau2-bench data not found"))
    func theScriptedUserRefusesScenariosWithoutScripts() async throws {
        var c = RunConfiguration()
        c.packs = [Tau2Data.domain("retail")]
        c.outDirectory = Paths.scratch("no-script")
        defer { Paths.remove(c.outDirectory!) }
        await #expect {
            try await EvaluationRun(configuration: c).execute()
        } throws: { error in
            guard let e = error as? RunError, case .usage(let message) = e else { return false }
            return message.contains("--user llm")
        }
    }
}

/// A killed run goes on where it stopped.
struct ResumeTests {
    @Test func resumingKeepsFinishedTrialsAndRunsTheRest() async throws {
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.filter = "cancel_*"
        c.trials = 2
        c.outDirectory = Paths.scratch("resume")
        defer { Paths.remove(c.outDirectory!) }
        let first = try await EvaluationRun(configuration: c).execute()
        let file = c.outDirectory! + "/results.jsonl"
        // Keep two whole lines and half of the third, as a kill mid-write would.
        let lines = Paths.lines(file)
        try (lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(40)).write(toFile: file, atomically: true, encoding: .utf8)

        c.filter = nil
        c.resume = true
        let resumed = try await EvaluationRun(configuration: c).execute()
        let total = resumed.results.count
        #expect(total == PackLoader.load(Paths.retailPack).pack!.scenarios.count * 2)
        #expect(resumed.resumedTrials == 2)
        #expect(Paths.lines(file).count == total, "the cut line is dropped and every trial is written once")
        let keys = Paths.lines(file).compactMap { try? JSONParser.parse($0) }.map { "\($0["scenario"]!.stringValue!)#\($0["trial"]!.intValue!)" }
        #expect(Set(keys).count == total)
        // The kept trials are re-scored from their transcripts to the verdicts they had.
        let before = Dictionary(uniqueKeysWithValues: first.results.map { ("\($0.scenarioID)#\($0.trial)", $0) })
        for kept in resumed.results.prefix(2) {
            let original = try #require(before["\(kept.scenarioID)#\(kept.trial)"])
            #expect(kept.finalStateHash == original.finalStateHash)
            #expect(kept.verdict.components == original.verdict.components)
        }
    }

    @Test func resumingWithAnotherSeedIsRefused() async throws {
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.filter = "order_status"
        c.outDirectory = Paths.scratch("resume-seed")
        defer { Paths.remove(c.outDirectory!) }
        _ = try await EvaluationRun(configuration: c).execute()
        c.resume = true
        c.seed = 99
        await #expect {
            try await EvaluationRun(configuration: c).execute()
        } throws: { ($0 as? RunError)?.description.contains("resume it with the same seed") == true }
    }
}
