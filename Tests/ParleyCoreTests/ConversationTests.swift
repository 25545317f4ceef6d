import Testing
@testable import ParleyCore

/// A chat backend that follows a fixed script of replies, keyed by how many
/// user messages it has seen, for testing the loop without a network.
struct ScriptedBackend: ChatCompletionsBackend {
    var name: String { "scripted" }
    let reply: @Sendable ([ChatMessage]) throws(AgentError) -> ChatMessage
    func complete(_ request: ChatCompletionsWire.Request) async throws(AgentError) -> (message: ChatMessage, usage: ChatCompletionsWire.Usage) {
        (try reply(request.messages), .init(promptTokens: 3, completionTokens: 2))
    }
}

struct ConversationTests {
    let conversation = Conversation(domain: Shop.domain, policy: "Be nice.", settings: ConversationSettings(maxTurns: 6, maxToolErrors: 2))

    /// A well-behaved agent for the Shop domain.
    static let politeAgent = ScriptedBackend { messages in
        let last = messages.last!
        if last.role == .tool {
            if last.content.hasPrefix("Error") { return .assistant("Sorry, that failed.") }
            if last.content == "ava" { return .assistant("Cancel order #W1. Do you confirm (yes/no)?") }
            return .assistant("Done. The order is cancelled. Anything else?")
        }
        let text = last.content.lowercased()
        if text.contains("ava@example.com") {
            return .assistant("", toolCalls: [ToolCall(id: "c1", name: "find_user", arguments: ["email": "ava@example.com"])])
        }
        if text.hasPrefix("yes") {
            return .assistant("", toolCalls: [ToolCall(id: "c2", name: "cancel_order", arguments: ["order_id": "#W1"])])
        }
        return .assistant("What is your email?")
    }

    @Test func runsToTheGoldState() async throws {
        let scenario = Shop.scenario()
        let connector = ChatCompletionsConnector(backend: Self.politeAgent, model: "m")
        let (transcript, world) = await conversation.run(scenario: scenario, initialWorld: Shop.world, user: ScriptedUserSimulator(), agent: connector, seed: 7)
        #expect(transcript.endReason == .userStop)
        #expect(world.record("orders", "#W1")?["status"] == "cancelled")
        #expect(transcript.toolEntries.map { $0.call!.name } == ["find_user", "cancel_order"])
        #expect(transcript.promptTokens > 0)
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
        let verdict = PolicyChecker(domain: Shop.domain).check(scenario: scenario, outcome: outcome, transcript: transcript, finalWorld: world)
        #expect(verdict.passed, "\(verdict.components)")
    }

    @Test func endsAtTheTurnLimit() async {
        let chatty = ScriptedBackend { _ in .assistant("Tell me more about yourself?") }
        var scenario = Shop.scenario()
        scenario.user.script?.answers = [ScriptedAnswer(when: ["more"], say: "Well...")]
        scenario.limits.maxTurns = 3
        let (transcript, _) = await conversation.run(scenario: scenario, initialWorld: Shop.world, user: ScriptedUserSimulator(),
                                                    agent: ChatCompletionsConnector(backend: chatty, model: "m"), seed: 1)
        // Opening, two scripted answers, then the fourth user message is over the limit of 3.
        #expect(transcript.endReason == .maxTurns)
        #expect(transcript.turns == 4)
        #expect(transcript.error?.contains("3 user turns") == true)
    }

    @Test func endsAfterTooManyToolErrors() async {
        let clumsy = ScriptedBackend { messages in
            messages.last!.role == .tool && messages.filter({ $0.role == .tool }).count >= 3
                ? .assistant("Sorry.") : .assistant("", toolCalls: [ToolCall(id: "x", name: "get_order", arguments: ["order_id": "#nope"])])
        }
        let (transcript, _) = await conversation.run(scenario: Shop.scenario(), initialWorld: Shop.world, user: ScriptedUserSimulator(),
                                                    agent: ChatCompletionsConnector(backend: clumsy, model: "m"), seed: 1)
        #expect(transcript.endReason == .tooManyToolErrors)
        #expect(transcript.error?.contains("limit is 2") == true)
    }

    @Test func separatesInfrastructureFromAgentErrors() async {
        let down = ScriptedBackend { _ throws(AgentError) in throw AgentError("connection refused", isInfrastructure: true) }
        let garbage = ScriptedBackend { _ throws(AgentError) in throw AgentError("not JSON", isInfrastructure: false) }
        let (a, _) = await conversation.run(scenario: Shop.scenario(), initialWorld: Shop.world, user: ScriptedUserSimulator(),
                                           agent: ChatCompletionsConnector(backend: down, model: "m"), seed: 1)
        let (b, _) = await conversation.run(scenario: Shop.scenario(), initialWorld: Shop.world, user: ScriptedUserSimulator(),
                                           agent: ChatCompletionsConnector(backend: garbage, model: "m"), seed: 1)
        #expect(a.endReason == .infrastructureError && a.error == "connection refused")
        #expect(b.endReason == .agentError)
    }

    @Test func aScenarioWithoutScriptIsAUserError() async {
        var scenario = Shop.scenario()
        scenario.user.script = nil
        let (t, _) = await conversation.run(scenario: scenario, initialWorld: Shop.world, user: ScriptedUserSimulator(),
                                           agent: ChatCompletionsConnector(backend: Self.politeAgent, model: "m"), seed: 1)
        #expect(t.endReason == .userError)
        #expect(t.error?.contains("no user.script") == true)
    }

    @Test func evaluatorRunsTrialsConcurrentlyInPlanOrder() async throws {
        let scenario = Shop.scenario()
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
        let evaluator = Evaluator(packName: "shop", conversation: conversation, user: ScriptedUserSimulator(),
                                  agent: ChatCompletionsConnector(backend: Self.politeAgent, model: "m"), concurrency: 3)
        let plans = Evaluator.plan(scenarios: [(scenario, outcome)], trials: 5, runSeed: 42)
        let results = await evaluator.run(plans) { _ in }
        #expect(results.map(\.trial) == [1, 2, 3, 4, 5])
        #expect(results.allSatisfy { $0.verdict.passed })
        #expect(Set(results.map(\.seed)).count == 5)
    }
}

struct ChatCompletionsWireTests {
    @Test func encodesEmptyContentBesideToolCalls() {
        let m = ChatMessage.assistant("", toolCalls: [ToolCall(id: "a", name: "t", arguments: ["x": 1])])
        let json = ChatCompletionsWire.encode(m)
        #expect(json["content"] == "")
        #expect(json["tool_calls"]?.arrayValue?.first?["function"]?["arguments"] == #"{"x":1}"#)
    }

    @Test func decodesNullContentAndStringArguments() throws {
        let body = try JSONParser.parse(#"{"choices":[{"message":{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"t","arguments":"{\"a\": \"b\"}"}}]}}],"usage":{"prompt_tokens":5,"completion_tokens":1}}"#)
        let (message, usage) = try ChatCompletionsWire.decodeResponse(body)
        #expect(message.content == "")
        #expect(message.toolCalls == [ToolCall(id: "c", name: "t", arguments: ["a": "b"])])
        #expect(usage.promptTokens == 5)
    }

    @Test func rejectsGarbageWithAReason() throws {
        #expect(throws: ChatCompletionsWire.FormatError.self) { try ChatCompletionsWire.decodeResponse(["choices": []]) }
        let bad = try JSONParser.parse(#"{"choices":[{"message":{"role":"assistant","tool_calls":[{"function":{"name":"t","arguments":"{oops"}}]}}]}"#)
        #expect {
            try ChatCompletionsWire.decodeResponse(bad)
        } throws: { ($0 as? ChatCompletionsWire.FormatError)?.message.contains("not a JSON object") == true }
    }
}

/// A judge that answers the same for every statement and counts its calls.
struct FixedJudge: AssertionJudge {
    let met: Bool
    func judge(_ assertions: [String], scenario: Scenario, transcript: Transcript) async -> NLJudgement {
        .judged(assertions.map { JudgedAssertion(assertion: $0, met: met, reason: transcript.agentTexts.last ?? "") })
    }
}

struct EvaluatorJudgeTests {
    @Test func theEvaluatorAsksTheJudgeAboutNLAssertions() async throws {
        var scenario = Shop.scenario()
        scenario.expected.nl = ["The agent confirms before cancelling."]
        scenario.expected.score = [.state, .nl]
        let outcome = try ScenarioOutcome(scenario: scenario, domainState: Shop.world, domain: Shop.domain)
        let plans = Evaluator.plan(scenarios: [(scenario, outcome)], trials: 1, runSeed: 1)
        for met in [true, false] {
            let evaluator = Evaluator(packName: "shop", conversation: ConversationTests().conversation, user: ScriptedUserSimulator(),
                                      agent: ChatCompletionsConnector(backend: ConversationTests.politeAgent, model: "m"), judge: FixedJudge(met: met))
            let result = try #require(await evaluator.run(plans) { _ in }.first)
            #expect(result.verdict.component(.nl)?.score == (met ? 1 : 0))
            #expect(result.verdict.reward == (met ? 1 : 0))
            #expect(result.verdict.component(.nl)?.reason?.contains("Anything else?") == (met ? nil : true))
        }
    }
}
