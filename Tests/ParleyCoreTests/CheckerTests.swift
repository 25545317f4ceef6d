import Testing
@testable import ParleyCore

struct PolicyCheckerTests {
    let checker = PolicyChecker(domain: Shop.domain)

    func outcome(_ scenario: Scenario) throws -> ScenarioOutcome {
        try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
    }

    func goodConversation() -> TranscriptBuilder {
        var t = TranscriptBuilder()
        t.user("Please cancel order #W1.")
        t.agent("What is your email?")
        t.user("My email is ava@example.com.")
        t.call("find_user", ["email": "ava@example.com"])
        t.call("get_order", ["order_id": "#W1"])
        t.agent("Order #W1 totals 10.0. Do you confirm (yes/no)?")
        t.user("Yes, please go ahead.")
        t.call("cancel_order", ["order_id": "#W1"])
        t.agent("Done: 10.0 will be refunded.")
        t.user("Thanks")
        return t
    }

    @Test func aCorrectConversationPasses() throws {
        let scenario = Shop.scenario(outputs: ["10.0"])
        let t = goodConversation()
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.reward == 1)
        #expect(verdict.fault == nil)
        #expect(verdict.violations.isEmpty)
        #expect(verdict.changes.map(\.path.description) == ["/orders/#W1/status"])
    }

    @Test func aWrongWriteFailsTheStateWithADiff() throws {
        let scenario = Shop.scenario()
        var t = TranscriptBuilder()
        t.user("hi")
        t.call("find_user", ["email": "ava@example.com"])
        t.user("yes")
        t.call("cancel_order", ["order_id": "#W2"])
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.reward == 0)
        #expect(verdict.component(.state)?.score == 0)
        #expect(Set(verdict.stateDiff.map(\.path.description)) == ["/orders/#W1/status", "/orders/#W2/status"])
        #expect(verdict.violations.map(\.rule) == [RuleCheck.oneUser])
        #expect(verdict.fault == .agent)
    }

    @Test func writingWithoutConfirmationBreaksTheRule() throws {
        let scenario = Shop.scenario()
        var t = TranscriptBuilder()
        t.user("Please cancel order #W1, my email is ava@example.com")
        t.call("find_user", ["email": "ava@example.com"])
        t.call("cancel_order", ["order_id": "#W1"])
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.component(.state)?.score == 1)
        #expect(verdict.violations.map(\.rule) == [RuleCheck.confirmBeforeWrite])
        #expect(verdict.violations.first?.turn == 1)
        #expect(verdict.reward == 0)
    }

    @Test func readingBeforeAuthenticationBreaksTheRule() throws {
        let scenario = Shop.scenario()
        var t = TranscriptBuilder()
        t.user("What is in order #W1?")
        t.call("get_order", ["order_id": "#W1"])
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.violations.first?.rule == RuleCheck.authenticateFirst)
        #expect(verdict.violations.first?.message.contains("ava") == true)
    }

    @Test func forbiddenCallsAreViolations() throws {
        let scenario = Shop.scenario(forbidden: [ForbiddenCall(name: "get_order", arguments: ["order_id": "#W1"])])
        let t = goodConversation()
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.violations.map(\.rule) == [RuleCheck.forbiddenCall])
    }

    @Test func missingOutputsFailTheOutputsComponent() throws {
        let scenario = Shop.scenario(outputs: ["10.0", "100"])
        let t = goodConversation()
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.missingOutputs == ["100"])
        #expect(verdict.component(.outputs)?.reason?.contains("\"100\"") == true)
        #expect(verdict.reward == 0)
    }

    @Test func anUnnaturalEndScoresZeroAndIsAttributed() throws {
        let scenario = Shop.scenario()
        let t = goodConversation()
        let infra = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(.infrastructureError), finalWorld: t.world)
        #expect(infra.reward == 0 && infra.fault == .infrastructure)
        let user = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(.userError), finalWorld: t.world)
        #expect(user.fault == .userSimulator)
        let turns = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(.maxTurns), finalWorld: t.world)
        #expect(turns.fault == .agent)
    }

    @Test func componentsNotScoredAreStillShown() throws {
        var scenario = Shop.scenario(outputs: ["nowhere"])
        scenario.expected.score = [.state]
        let t = goodConversation()
        let verdict = checker.check(scenario: scenario, outcome: try outcome(scenario), transcript: t.transcript(), finalWorld: t.world)
        #expect(verdict.reward == 1)
        #expect(verdict.component(.outputs)?.score == 0)
        #expect(verdict.component(.outputs)?.counts == false)
    }
}

struct OutputMatcherTests {
    @Test(arguments: [
        ("10", "Your refund is $10.", true),
        ("10", "Your refund is $100.", false),
        ("10", "Your refund is 10.5 dollars", false),
        ("0.5", "it costs 10.5", false),
        ("1,234.50", "The total is 1234.50 today", true),
        ("Cancelled", "the order is CANCELLED now", true),
        ("#W1001", "order #w1001, done", true),
    ])
    func matches(expected: String, message: String, found: Bool) {
        #expect(OutputMatcher.said(expected, in: [message]) == found)
    }
}

struct ConfirmationTests {
    @Test(arguments: [("Yes, please go ahead.", true), ("yes", true), ("Sure, do it", true), ("I confirm.", true),
                      ("No, please don't do that.", false), ("What would that cost?", false), ("Yes but don't cancel it", true)])
    func recognises(text: String, yes: Bool) {
        #expect(Confirmation.isExplicitYes(text) == yes)
    }
}

struct NLJudgementTests {
    let checker = PolicyChecker(domain: Shop.domain)

    func verdict(_ judgement: NLJudgement?, counts: Bool) throws -> Verdict {
        var scenario = Shop.scenario()
        scenario.expected.nl = ["The agent is polite."]
        if counts { scenario.expected.score = [.state, .nl] }
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
        var t = TranscriptBuilder()
        t.user("hi")
        t.call("find_user", ["email": "ava@example.com"])
        t.user("yes")
        t.call("cancel_order", ["order_id": "#W1"])
        return checker.check(scenario: scenario, outcome: outcome, transcript: t.transcript(), finalWorld: t.world, judgement: judgement)
    }

    @Test func withoutAJudgeNLIsShownButDoesNotCount() throws {
        let v = try verdict(nil, counts: true)
        #expect(v.component(.nl)?.score == nil && v.component(.nl)?.counts == false)
        #expect(v.reward == 1)
    }

    @Test func aJudgedAssertionCountsWhenScored() throws {
        let unmet = NLJudgement.judged([JudgedAssertion(assertion: "The agent is polite.", met: false, reason: "rude")])
        let v = try verdict(unmet, counts: true)
        #expect(v.reward == 0 && v.fault == .agent)
        #expect(v.component(.nl)?.reason?.contains("rude") == true)
        #expect(try verdict(unmet, counts: false).reward == 1, "shown, not counted")
        let met = NLJudgement.judged([JudgedAssertion(assertion: "The agent is polite.", met: true, reason: "")])
        #expect(try verdict(met, counts: true).reward == 1)
    }

    @Test func aFailedJudgeIsAnInfrastructureFaultWhenItCounts() throws {
        let v = try verdict(.failed("timeout"), counts: true)
        #expect(v.reward == 0 && v.fault == .infrastructure)
        #expect(try verdict(.failed("timeout"), counts: false).reward == 1)
    }
}
