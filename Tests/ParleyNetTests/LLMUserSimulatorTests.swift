import ParleyCore
import ParleyHTTP
import ParleyNet
import Testing

@Suite struct LLMUserSimulatorTests {
    let client = HTTPClient()
    let scenario = Scenario(
        id: "s", user: UserProfile(persona: "Brisk.", instructions: "You want to cancel order #W1.", known: ["order_id": "#W1"], unknown: ["email"]))

    func answer(_ text: String) -> String {
        #"{"choices":[{"message":{"role":"assistant","content":"\#(text)"}}]}"#
    }

    @Test func playsTheUserWithMirroredRolesAndTheScenarioInThePrompt() async throws {
        try await withScriptedServer([(200, answer("Hi, please cancel order #W1."), [:]), (200, answer("Thanks! ###STOP###"), [:])]) { url, requests in
            let simulator = LLMUserSimulator(backend: HTTPChatBackend(baseURL: url, client: client, retry: fastRetry), model: "user-model")
            var user = try simulator.makeUser(for: scenario, seed: 9)
            #expect(try await user.opening() == UserTurn(text: "Hi, please cancel order #W1."))
            #expect(try await user.reply(to: "Done, it is cancelled.") == UserTurn(text: "Thanks!", stop: .done))
            let second = try #require(requests.all.last)
            let messages = try #require(second["messages"]?.arrayValue)
            let system = try #require(messages.first?["content"]?.stringValue)
            #expect(system.contains("You want to cancel order #W1.") && system.contains("Brisk.") && system.contains("order id: #W1"))
            #expect(system.contains("###STOP###"))
            #expect(messages.map { $0["role"]?.stringValue ?? "" } == ["system", "user", "assistant", "user"])
            #expect(messages.last?["content"] == "Done, it is cancelled.")
            #expect(second["model"] == "user-model")
            #expect(second["seed"] == 9)
        }
    }

    @Test(arguments: [("###TRANSFER###", UserStop.transferred), ("OK. ###OUT-OF-SCOPE###", .outOfScope)])
    func readsTheOtherStopTokens(text: String, stop: UserStop) async throws {
        try await withScriptedServer([(200, answer(text), [:])]) { url, _ in
            var user = try LLMUserSimulator(backend: HTTPChatBackend(baseURL: url, client: client, retry: fastRetry), model: "m").makeUser(for: scenario, seed: 1)
            #expect(try await user.opening().stop == stop)
        }
    }

    @Test func separatesAnUnusableModelFromAnUnreachableOne() async throws {
        try await withScriptedServer([(200, #"{"choices":[{"message":{"role":"assistant","content":""}}]}"#, [:])]) { url, _ in
            var user = try LLMUserSimulator(backend: HTTPChatBackend(baseURL: url, client: client, retry: fastRetry), model: "m").makeUser(for: scenario, seed: 1)
            await #expect {
                try await user.opening()
            } throws: { ($0 as? UserSimulatorError).map { !$0.isInfrastructure && $0.message.contains("no text") } ?? false }
        }
        let down = HTTPChatBackend(baseURL: "http://127.0.0.1:9/v1", client: client, retry: .none)
        var user = try LLMUserSimulator(backend: down, model: "m").makeUser(for: scenario, seed: 1)
        await #expect {
            try await user.opening()
        } throws: { ($0 as? UserSimulatorError)?.isInfrastructure == true }
    }
}
