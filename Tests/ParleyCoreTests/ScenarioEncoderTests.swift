import Testing
@testable import ParleyCore

struct ScenarioEncoderTests {
    let full = Scenario(
        id: "round-trip", title: "Every field", tags: ["a", "123"],
        user: UserProfile(
            persona: "Terse.", instructions: "Line one.\nLine two: with a colon.\n",
            known: ["order_id": "#W1", "zip": "01234", "count": 3, "flag": "yes", "price": 250.0],
            unknown: ["email"],
            script: UserScript(opening: "Hi: I need help", answers: [ScriptedAnswer(when: ["colour", "color"], say: "Blue.")],
                               confirm: false, followups: ["Also - one more thing?"], closing: "null")),
        setup: [.set(JSONPointer("/orders/#W1/status")!, "pending"), .remove(JSONPointer("/users/u~1x")!)],
        expected: Expectations(
            actions: [GoldAction(ToolCall(id: "0_1", name: "cancel", arguments: ["order_id": "#W1", "items": ["1", "2"], "n": 1.5]),
                                 compareArgs: ["order_id"], info: "why")],
            outputs: ["10.0", "true"], forbidden: [ForbiddenCall(name: "x"), ForbiddenCall(name: "y", arguments: ["k": "v"])],
            assertions: [StateAssertion(path: JSONPointer("/a")!, equals: 1), StateAssertion(path: JSONPointer("/b")!, equals: nil, absent: true)],
            ignore: [JSONPointer("/c")!], nl: ["Be kind."], score: [.state, .nl], scoring: .tau2),
        limits: Limits(maxTurns: 9, maxToolErrors: 2),
        metadata: ["tau2": ["description": ["purpose": .null], "reward_basis": ["DB"]]])

    @Test func writtenAndReadBackIsTheSameScenario() throws {
        let text = ScenarioEncoder.yaml(full)
        let (decoded, diagnostics) = ScenarioDecoder.decode(text, file: "rt.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)\n\(text)")
        let back = try #require(decoded.first)
        #expect(ScenarioEncoder.json(back) == ScenarioEncoder.json(full), "\(text)")
        #expect(back.user.known["zip"] == "01234")
        #expect(back.user.known["price"] == .double(250))
        #expect(back.expected.actions.first?.call.id == "0_1")
    }

    @Test func quotesWhatYAMLWouldRetype() {
        let text = ScenarioEncoder.yaml(["a": "123", "b": "true", "c": "#W1", "d": "plain words", "e": 7])
        #expect(text.contains("a: \"123\""))
        #expect(text.contains("b: \"true\""))
        #expect(text.contains("d: plain words"))
        #expect(text.contains("e: 7"))
    }
}
