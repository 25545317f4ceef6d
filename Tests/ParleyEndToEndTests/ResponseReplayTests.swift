import Foundation
import ParleyCore
import ParleyRun
import Hummingbird
import ParleyServe
import Testing

/// `--record-responses` / `--replay-responses`: a run with model users plays
/// again, without the models, to the same conversations and verdicts.
struct ResponseReplayTests {
    /// A stand-in user model whose answers depend on what the agent said.
    static func fakeUser() -> Router<BasicRequestContext> {
        ChatCompletionsRouter.make(model: "fake-user") { messages in
        let agentSaid = messages.last?.content.lowercased() ?? ""
        if messages.count == 2 { return .assistant("Hi, I'd like to cancel my order #W1001, I no longer need it.") }
        if agentSaid.contains("email") { return .assistant("My email is nora.okafor@example.com.") }
        if agentSaid.contains("(yes/no)") { return .assistant("Yes, please go ahead.") }
        return .assistant("Thank you! ###STOP###")
        }
    }

    @Test func aRecordedRunReplaysWithoutItsModels() async throws {
        let folder = Paths.scratch("replay")
        defer { Paths.remove(folder) }
        let responses = folder + "/responses.jsonl"
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.filter = "cancel_*"
        let base = c
        let recorded = try await LoopbackServer.with(Self.fakeUser()) { url in
            var record = base
            record.user = .llm(baseURL: url + "/v1", model: "fake-user", apiKey: nil)
            record.responses = (responses, false)
            record.outDirectory = folder + "/first"
            return try await EvaluationRun(configuration: record).execute()
        }
        #expect(Paths.lines(responses).count > recorded.results.count, "agent and user answers are kept")
        #expect(recorded.results.contains { $0.transcript.turns >= 3 && $0.transcript.endReason == .userStop }, "real conversations were recorded")

        // The user model is gone: only the recording can answer.
        var replay = c
        replay.user = .llm(baseURL: "http://127.0.0.1:9/v1", model: "fake-user", apiKey: nil)
        replay.responses = (responses, true)
        replay.outDirectory = folder + "/second"
        replay.retries = 0
        let replayed = try await EvaluationRun(configuration: replay).execute()
        #expect(replayed.results.map { $0.transcript.entries.map(\.text) } == recorded.results.map { $0.transcript.entries.map(\.text) })
        #expect(replayed.results.map(\.verdict.reward) == recorded.results.map(\.verdict.reward))
        #expect(replayed.results.map(\.finalStateHash) == recorded.results.map(\.finalStateHash))
        #expect(replayed.results.allSatisfy { $0.verdict.fault != .infrastructure })
    }

    @Test func aConversationThatGoesAnotherWayIsReportedAsSuch() async throws {
        let folder = Paths.scratch("replay-miss")
        defer { Paths.remove(folder) }
        try "".write(toFile: folder + "/empty.jsonl", atomically: true, encoding: .utf8)
        var c = RunConfiguration()
        c.packs = [Paths.retailPack]
        c.filter = "order_status"
        c.responses = (folder + "/empty.jsonl", true)
        c.outDirectory = folder + "/run"
        let outcome = try await EvaluationRun(configuration: c).execute()
        let result = try #require(outcome.results.first)
        #expect(result.transcript.endReason == .agentError)
        #expect(result.transcript.error?.contains("no recorded agent response") == true)
    }
}
