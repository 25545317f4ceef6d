import Foundation
import ParleyCore
import ParleyPacks
import ParleyReferenceAgent
import ParleyRun
import Testing

/// tau2-bench's own data (../shared/tau2, or PARLEY_TAU2_DIR): loading,
/// importing, verifying. Skipped where the data is absent.
enum Tau2Data {
    static let root: String = ProcessInfo.processInfo.environment["PARLEY_TAU2_DIR"]
        ?? Paths.repository.deletingLastPathComponent().appendingPathComponent("shared/tau2").path
    static func domain(_ name: String) -> String { root + "/" + name }
    static var available: Bool { FileManager.default.fileExists(atPath: domain("retail") + "/tasks.json") }
}

@Suite(.enabled(if: Tau2Data.available, "tau2-bench data not found"))
struct Tau2CompatibilityTests {
    @Test(arguments: ["retail", "airline"])
    func foldersLoadAsPacksWithSplits(domain: String) throws {
        let all = PackLoader.load(Tau2Data.domain(domain))
        #expect(all.errors.isEmpty, "\(all.errors)")
        let pack = try #require(all.pack)
        #expect(pack.domain.name == domain)
        #expect(pack.scenarios.count == (domain == "retail" ? 114 : 50))
        #expect(pack.scenarios.allSatisfy { $0.expected.scoring == .tau2 })
        let train = try #require(PackLoader.load(Tau2Data.domain(domain), split: "train").pack)
        let expected = Paths.lines(Tau2Data.domain(domain) + "/expected_train.jsonl").count
        #expect(train.scenarios.count == expected)
        #expect(PackLoader.load(Tau2Data.domain(domain), split: "nope").errors.first?.message.contains("no split named 'nope'") == true)
    }

    @Test(arguments: ["retail", "airline"])
    func importToYAMLAndBackGivesTheSameScenarios(domain: String) throws {
        let direct = try #require(PackLoader.load(Tau2Data.domain(domain)).pack)
        let out = Paths.scratch("import-\(domain)") + "/pack"
        defer { Paths.remove(URL(fileURLWithPath: out).deletingLastPathComponent().path) }
        try PackWriter.write(direct, sourcePolicy: Tau2Data.domain(domain) + "/policy.md", sourceDatabase: Tau2Data.domain(domain) + "/db.json", to: out)
        let loaded = PackLoader.load(out)
        #expect(loaded.errors.isEmpty, "\(loaded.errors.prefix(3))")
        let imported = try #require(loaded.pack)
        #expect(imported.scenarios.count == direct.scenarios.count)
        let byID = Dictionary(uniqueKeysWithValues: imported.scenarios.map { ($0.id, $0) })
        for scenario in direct.scenarios {
            let back = try #require(byID[scenario.id])
            #expect(ScenarioEncoder.json(back) == ScenarioEncoder.json(scenario), "scenario \(scenario.id) changed in the round trip")
        }
        #expect(imported.initialState == direct.initialState)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/db.json")) == Data(contentsOf: URL(fileURLWithPath: Tau2Data.domain(domain) + "/db.json")))
        #expect(imported.policy == direct.policy)
    }

    @Test(arguments: ["retail", "airline"])
    func verifyReproducesTheExpectedDiffs(domain: String) throws {
        let pack = try #require(PackLoader.load(Tau2Data.domain(domain), split: "train", replayGold: false).pack)
        let results = Dictionary(uniqueKeysWithValues: GoldVerification.verify(pack).map { ($0.scenarioID, $0) })
        for line in Paths.lines(Tau2Data.domain(domain) + "/expected_train.jsonl") {
            let expected = try JSONParser.parse(line)
            let id = try #require(expected["id"]?.stringValue)
            let ours = try #require(results[id])
            #expect(ours.failures.count == expected["n_action_errors"]?.intValue, "task \(id)")
            #expect(normalised(ours.diff.map(\.json)) == normalised(expected["db_diff"]?.arrayValue ?? []), "task \(id)")
        }
    }

    /// tau2's model fills absent optional fields with null: its "replace from null" is our "add".
    func normalised(_ changes: [JSONValue]) -> [String] {
        changes.map { change in
            var c = change
            if c["op"] == "replace", c["before"] == .null { c.set("op", to: "add") }
            return JSONWriter(style: .canonical).string(c)
        }.sorted()
    }

    @Test func tau2ModeScoresATaskByItsRewardBasis() throws {
        let pack = try #require(PackLoader.load(Tau2Data.domain("airline"), split: "train").pack)
        // A task scored on DB and COMMUNICATE whose gold actions write.
        let scenario = try #require(pack.scenarios.first { s in
            !s.expected.outputs.isEmpty && s.expected.actions.contains { a in pack.domain.tool(named: a.call.name)?.spec.mutates == true }
        })
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: pack.initialState, domain: pack.domain)
        func score(_ events: [RecordedConversation.Event]) -> Verdict {
            RecordedConversation(scenarioID: scenario.id, events: events).score(scenario: scenario, outcome: outcome, domain: pack.domain, pack: pack.name).verdict
        }
        let gold = scenario.expected.calls.map(RecordedConversation.Event.tool)
        let said = RecordedConversation.Event.agent("Here you go: " + scenario.expected.outputs.joined(separator: " and "))
        let correct = score([.user("hi")] + gold + [said])
        #expect(correct.reward == 1, "\(correct.components)")
        let missing = score([.user("hi")] + gold + [.agent("Done.")])
        #expect(missing.reward == 0 && missing.component(.outputs)?.score == 0 && missing.component(.state)?.score == 1)
        let noWrites = score([.user("hi"), said])
        #expect(noWrites.reward == 0 && noWrites.component(.state)?.score == 0)
    }
}

/// `parley score` on an OpenAI-format conversation gives the verdict of the live run it came from.
@Suite(.serialized) struct RescoringTests {
    @Test func anOpenAIConversationScoresAsItsLiveRun() async throws {
        for flaw in [RetailReferenceAgent.Flaw.none, .skipsConfirmation] {
            var c = RunConfiguration()
            c.packs = [Paths.retailPack]
            c.agent = .builtin(flaw: flaw)
            c.filter = "*cancel*"
            c.outDirectory = Paths.scratch("rescore")
            defer { Paths.remove(c.outDirectory!) }
            let live = try await EvaluationRun(configuration: c).execute()
            let pack = try #require(PackLoader.load(Paths.retailPack).pack)
            let file = c.outDirectory! + "/conversations.jsonl"
            let lines = live.results.map { r in
                let messages = RecordedConversation.openAIMessages(policy: pack.policy, transcript: r.transcript)
                let json: JSONValue = ["scenario": .string(r.scenarioID), "end_reason": .string(r.transcript.endReason.rawValue),
                                       "messages": .array(messages.map(ChatCompletionsWire.encode))]
                return json.compactText
            }
            try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let rescored = try Rescorer(packPaths: [Paths.retailPack]).score(file: file)
            #expect(rescored.count == live.results.count)
            for (a, b) in zip(live.results, rescored) {
                #expect(a.verdict.reward == b.verdict.reward, "\(a.scenarioID)")
                #expect(a.verdict.components == b.verdict.components, "\(a.scenarioID)")
                #expect(a.verdict.violations == b.verdict.violations, "\(a.scenarioID)")
                #expect(a.finalStateHash == b.finalStateHash, "\(a.scenarioID)")
            }
            #expect(flaw == .none || live.results.contains { !$0.verdict.passed }, "the flawed run has failures to reproduce")
        }
    }

    @Test func resultsFilesRescoreToTheSameVerdicts() async throws {
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.agent = .builtin(flaw: .skipsAuthentication)
        c.filter = "return*"
        c.outDirectory = Paths.scratch("rescore-results")
        defer { Paths.remove(c.outDirectory!) }
        let live = try await EvaluationRun(configuration: c).execute()
        // results.jsonl is in the order trials finished; compare by scenario.
        let rescored = try Rescorer(packPaths: Rescorer.packPaths(besideResults: c.outDirectory! + "/results.jsonl"))
            .score(file: c.outDirectory! + "/results.jsonl").sorted { $0.scenarioID < $1.scenarioID }
        let expected = live.results.sorted { $0.scenarioID < $1.scenarioID }
        #expect(rescored.map(\.scenarioID) == expected.map(\.scenarioID))
        #expect(rescored.map(\.verdict.reward) == expected.map(\.verdict.reward))
        #expect(rescored.map(\.verdict.violations) == expected.map(\.verdict.violations))
        #expect(live.results.contains { !$0.verdict.passed })
    }

    @Test func badInputNamesTheLine() throws {
        let dir = Paths.scratch("rescore-bad")
        defer { Paths.remove(dir) }
        try "{\"scenario\": \"cancel_pending_order\", \"messages\": []}\n{oops\n".write(toFile: dir + "/c.jsonl", atomically: true, encoding: .utf8)
        #expect {
            try Rescorer(packPaths: [Paths.retailPack]).score(file: dir + "/c.jsonl")
        } throws: { error in
            guard case RunError.badInput(let d)? = error as? RunError else { return false }
            return d.first?.location.line == 2
        }
        try "{\"scenario\": \"no-such\", \"messages\": []}".write(toFile: dir + "/d.json", atomically: true, encoding: .utf8)
        #expect {
            try Rescorer(packPaths: [Paths.retailPack]).score(file: dir + "/d.json")
        } throws: { error in
            guard case RunError.badInput(let d)? = error as? RunError else { return false }
            return d.first?.message.contains("'no-such' is in none of the packs") == true
        }
    }
}
