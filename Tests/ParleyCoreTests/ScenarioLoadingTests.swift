import Testing
@testable import ParleyCore

struct ScenarioLoadingTests {
    let valid = """
        id: cancel-order
        title: Cancel an order
        tags: [cancel]
        user:
          instructions: You want to cancel order #W1.
          known:
            email: ava@example.com
            order_id: "#W1"
          script:
            opening: Please cancel order #W1.
            confirm: yes
        expected:
          actions:
            - name: cancel_pending_order
              arguments: {order_id: "#W1", reason: no longer needed}
          outputs: ["10.0"]
          forbidden: [modify_pending_order_items]
        limits:
          max_turns: 12
        """

    @Test func decodesAScenario() throws {
        let (scenarios, diagnostics) = ScenarioDecoder.decode(valid, file: "s.yaml")
        #expect(diagnostics.isEmpty)
        let s = try #require(scenarios.first)
        #expect(s.id == "cancel-order")
        #expect(s.user.known["order_id"] == "#W1")
        #expect(s.user.script?.confirm == true)
        #expect(s.expected.actions.first?.call.arguments["reason"] == "no longer needed")
        #expect(s.expected.forbidden.first?.name == "modify_pending_order_items")
        #expect(s.limits.maxTurns == 12)
        #expect(s.actionLocations.first?.line == 14)
    }

    @Test func reportsEveryProblemWithLineAndColumn() {
        let text = """
            id: broken
            titel: typo here
            user:
              instructions: [not, a, string]
              script:
                confirm: maybe
            expected:
              actions:
                - name: cancel_pending_order
                  args: {}
            limits:
              max_turns: -3
            """
        let (scenarios, diagnostics) = ScenarioDecoder.decode(text, file: "bad.yaml")
        #expect(scenarios.isEmpty)
        let rendered = diagnostics.map(\.description)
        #expect(rendered.contains { $0.hasPrefix("bad.yaml:2:1:") && $0.contains("unknown key 'titel'") && $0.contains("did you mean 'title'") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("bad.yaml:4:17:") && $0.contains("user.instructions must be a string") })
        #expect(rendered.contains { $0.contains("user.script is missing the required key 'opening'") })
        #expect(rendered.contains { $0.hasPrefix("bad.yaml:6:14:") && $0.contains("confirm must be true or false") })
        #expect(rendered.contains { $0.hasPrefix("bad.yaml:10:7:") && $0.contains("unknown key 'args'") })
        #expect(rendered.contains { $0.hasPrefix("bad.yaml:12:14:") && $0.contains("max_turns must be a positive integer") })
    }

    @Test func reportsYAMLSyntaxErrors() {
        let (_, diagnostics) = ScenarioDecoder.decode("id: x\nuser: [unclosed\n", file: "syntax.yaml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML") == true)
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func acceptsJSONAndLists() {
        let json = #"[{"id": "a", "user": {"instructions": "x"}}, {"id": "b", "user": {"instructions": "y"}}]"#
        let (scenarios, diagnostics) = ScenarioDecoder.decode(json, file: "many.json")
        #expect(diagnostics.isEmpty)
        #expect(scenarios.map(\.id) == ["a", "b"])
    }

    @Test func quotedScalarsStayStrings() {
        let (scenarios, _) = ScenarioDecoder.decode("id: q\nuser:\n  instructions: x\n  known: {zip: \"01234\", count: 3, price: 1.5}\n", file: "q.yaml")
        #expect(scenarios.first?.user.known["zip"] == "01234")
        #expect(scenarios.first?.user.known["count"] == 3)
        #expect(scenarios.first?.user.known["price"] == 1.5)
    }
}
