import ParleyCore
import ParleyHTTP
import ParleyNet
import Testing

let okBody = #"{"choices":[{"message":{"role":"assistant","content":"Hello!"}}],"usage":{"prompt_tokens":7,"completion_tokens":2}}"#
let request = ChatCompletionsWire.Request(model: "m", messages: [.system("policy"), .user("hi")], tools: [], seed: 3)
let fastRetry = RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(10))

@Suite struct HTTPChatBackendTests {
    let client = HTTPClient()

    @Test func sendsTheConversationAndReadsTheReply() async throws {
        try await withScriptedServer([(200, okBody, [:])]) { url, requests in
            let backend = HTTPChatBackend(baseURL: url, apiKey: "k", client: client, retry: fastRetry)
            let (message, usage) = try await backend.complete(request)
            #expect(message == .assistant("Hello!"))
            #expect(usage.promptTokens == 7)
            let sent = try #require(requests.all.first)
            #expect(sent["model"] == "m")
            #expect(sent["messages"]?.arrayValue?.count == 2)
            #expect(sent["seed"] == 3)
        }
    }

    @Test func retriesServerErrorsThenSucceeds() async throws {
        try await withScriptedServer([(500, "oops", [:]), (503, "busy", [:]), (200, okBody, [:])]) { url, requests in
            let backend = HTTPChatBackend(baseURL: url, client: client, retry: fastRetry)
            let (message, _) = try await backend.complete(request)
            #expect(message.content == "Hello!")
            #expect(requests.all.count == 3)
        }
    }

    @Test func rateLimitsHonourRetryAfterAndGiveUpAsInfrastructure() async throws {
        try await withScriptedServer([(429, "slow down", ["Retry-After": "0"])]) { url, requests in
            let backend = HTTPChatBackend(baseURL: url, client: client, retry: fastRetry)
            await #expect {
                try await backend.complete(request)
            } throws: { error in
                guard let e = error as? AgentError else { return false }
                return e.isInfrastructure && e.message.contains("429") && e.message.contains("after 3 attempts")
            }
            #expect(requests.all.count == 3)
        }
    }

    @Test func garbageIsTheAgentsFault() async throws {
        try await withScriptedServer([(200, "<html>not json</html>", [:])]) { url, requests in
            let backend = HTTPChatBackend(baseURL: url, client: client, retry: fastRetry)
            await #expect {
                try await backend.complete(request)
            } throws: { error in
                guard let e = error as? AgentError else { return false }
                return !e.isInfrastructure && e.message.contains("not JSON")
            }
            #expect(requests.all.count == 1, "garbage is not retried")
        }
    }

    @Test func badRequestIsNotRetried() async throws {
        try await withScriptedServer([(400, #"{"error":{"message":"bad tools"}}"#, [:])]) { url, _ in
            let backend = HTTPChatBackend(baseURL: url, client: client, retry: fastRetry)
            await #expect {
                try await backend.complete(request)
            } throws: { error in
                guard let e = error as? AgentError else { return false }
                return !e.isInfrastructure && e.message.contains("HTTP 400") && e.message.contains("bad tools")
            }
        }
    }

    @Test func unreachableAgentIsAnInfrastructureFault() async throws {
        // Port 9 (discard) is closed on loopback here; the connection is refused at once.
        let backend = HTTPChatBackend(baseURL: "http://127.0.0.1:9/v1", client: client, retry: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(5)))
        await #expect {
            try await backend.complete(request)
        } throws: { error in
            guard let e = error as? AgentError else { return false }
            return e.isInfrastructure && e.message.contains("127.0.0.1:9") && e.message.contains("after 2 attempts")
        }
    }

    @Test func retryBackoffDoublesAndIsCapped() {
        let policy = RetryPolicy(maxAttempts: 5, initialBackoff: .milliseconds(100), maxBackoff: .milliseconds(350))
        #expect(policy.backoff(after: 1) == .milliseconds(100))
        #expect(policy.backoff(after: 2) == .milliseconds(200))
        #expect(policy.backoff(after: 3) == .milliseconds(350))
        #expect(policy.backoff(after: 1, retryAfterSeconds: 0.05) == .milliseconds(50))
    }
}
