import Testing
@testable import ParleyCore

/// tau2-bench's scoring rules on hand-made trajectories.
struct Tau2ScoringTests {
    let checker = PolicyChecker(domain: Shop.domain)

    func scenario(basis: [ScoreComponent], outputs: [String] = ["10.0"]) -> Scenario {
        var s = Shop.scenario(outputs: outputs)
        s.expected.scoring = .tau2
        s.expected.score = basis
        return s
    }

    func verdict(_ scenario: Scenario, _ t: TranscriptBuilder) throws -> Verdict {
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
        return checker.check(scenario: scenario, outcome: outcome, transcript: t.transcript(), finalWorld: t.world)
    }

    func trajectory(cancel order: String, say: String) -> TranscriptBuilder {
        var t = TranscriptBuilder()
        t.user("Cancel #W1 please, ava@example.com")
        t.call("find_user", ["email": "ava@example.com"])
        t.agent("Confirm?")
        t.user("yes")
        t.call("cancel_order", ["order_id": .string(order)])
        t.agent(say)
        t.user("bye")
        return t
    }

    @Test func aCorrectTrajectoryScoresOne() throws {
        let v = try verdict(scenario(basis: [.state, .outputs]), trajectory(cancel: "#W1", say: "Done, 10.0 refunded."))
        #expect(v.reward == 1)
        #expect(v.component(.actions)?.score == 1)
        #expect(v.component(.rules)?.counts == false, "Parley's rules are shown but do not count")
    }

    @Test func aWrongWriteFailsDB() throws {
        let v = try verdict(scenario(basis: [.state, .outputs]), trajectory(cancel: "#W2", say: "Done, 10.0 refunded."))
        #expect(v.reward == 0)
        #expect(v.component(.state)?.score == 0)
        #expect(v.component(.actions)?.score == 0)
        #expect(!v.stateDiff.isEmpty, "the diff is still reported")
    }

    @Test func aMissingCommunicatedValueFailsCOMMUNICATE() throws {
        let v = try verdict(scenario(basis: [.state, .outputs]), trajectory(cancel: "#W1", say: "Done."))
        #expect(v.reward == 0)
        #expect(v.component(.state)?.score == 1)
        #expect(v.component(.outputs)?.score == 0)
    }

    @Test func communicateIsAPlainSubstringAsInTau2() throws {
        // tau2 finds "10" inside "100"; Parley's own rule would not.
        let tau2 = try verdict(scenario(basis: [.outputs], outputs: ["10"]), trajectory(cancel: "#W1", say: "Refunded 100."))
        #expect(tau2.component(.outputs)?.score == 1)
        var parley = scenario(basis: [.outputs], outputs: ["10"])
        parley.expected.scoring = .parley
        #expect(try verdict(parley, trajectory(cancel: "#W1", say: "Refunded 100.")).component(.outputs)?.score == 0)
        // Commas are removed from the message only.
        #expect(try verdict(scenario(basis: [.outputs], outputs: ["1,000"]), trajectory(cancel: "#W1", say: "1,000")).component(.outputs)?.score == 0)
    }

    @Test func actionsCompareOnlyTheNamedArguments() {
        let gold = GoldAction(ToolCall(name: "t", arguments: ["a": 1, "b": 2]), compareArgs: ["a"])
        #expect(Tau2Rules.matched(gold, by: [ToolCall(name: "t", arguments: ["a": 1, "b": 3])]))
        #expect(!Tau2Rules.matched(gold, by: [ToolCall(name: "t", arguments: ["a": 2, "b": 2])]))
        let all = GoldAction(ToolCall(name: "t", arguments: ["a": 1, "b": 2]))
        #expect(!Tau2Rules.matched(all, by: [ToolCall(name: "t", arguments: ["a": 1, "b": 3])]))
    }
}
