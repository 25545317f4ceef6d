import ParleyCore
import ParleyHTTP
import ParleyNet
import Testing

@Suite struct LLMJudgeTests {
    let client = HTTPClient()
    let scenario = Scenario(id: "s", user: UserProfile(instructions: "x"))
    let transcript = Transcript(entries: [
        TranscriptEntry(kind: .user, turn: 1, text: "Can I get compensation?"),
        TranscriptEntry(kind: .agent, turn: 1, text: "I'm sorry, the policy does not allow compensation."),
    ], endReason: .userStop, turns: 1)

    func reply(_ content: String) -> String {
        JSONValue.object(["choices": [["message": ["role": "assistant", "content": .string(content)]]]]).compactText
    }

    @Test func readsAVerdictPerStatementAndSendsTheConversation() async throws {
        let answer = #"Sure: {"results": [{"statement": 2, "met": false, "reason": "no apology"}, {"statement": 1, "met": true, "reason": "refused"}]}"#
        try await withScriptedServer([(200, reply(answer), [:])]) { url, requests in
            let judge = LLMJudge(backend: HTTPChatBackend(baseURL: url, client: client, retry: fastRetry), model: "judge")
            let judgement = await judge.judge(["Agent refuses compensation.", "Agent apologises twice."], scenario: scenario, transcript: transcript)
            #expect(judgement == .judged([
                JudgedAssertion(assertion: "Agent refuses compensation.", met: true, reason: "refused"),
                JudgedAssertion(assertion: "Agent apologises twice.", met: false, reason: "no apology"),
            ]))
            let prompt = try #require(requests.all.first?["messages"]?.arrayValue?.last?["content"]?.stringValue)
            #expect(prompt.contains("customer: Can I get compensation?") && prompt.contains("2. Agent apologises twice."))
        }
    }

    @Test func anUnusableAnswerIsAFailureNotAVerdict() async throws {
        try await withScriptedServer([(200, reply("I think it went fine."), [:])]) { url, _ in
            let judge = LLMJudge(backend: HTTPChatBackend(baseURL: url, client: client, retry: fastRetry), model: "judge")
            guard case .failed(let message) = await judge.judge(["A."], scenario: scenario, transcript: transcript) else {
                Issue.record("expected a failure")
                return
            }
            #expect(message.contains("not the JSON asked for"))
        }
    }
}
