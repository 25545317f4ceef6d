import ParleyCore

/// A language model at an OpenAI-compatible endpoint judges a scenario's
/// `nl` assertions against the transcript, answering in JSON.
public struct LLMJudge: AssertionJudge {
    public var backend: any ChatCompletionsBackend
    public var model: String

    public init(backend: any ChatCompletionsBackend, model: String) {
        self.backend = backend
        self.model = model
    }

    public func judge(_ assertions: [String], scenario: Scenario, transcript: Transcript) async -> NLJudgement {
        let request = ChatCompletionsWire.Request(
            model: model, messages: [.system(JudgePrompt.system), .user(JudgePrompt.task(assertions, transcript: transcript))], tools: [], seed: 0)
        let reply: ChatMessage
        do {
            reply = try await backend.complete(request).message
        } catch {
            return .failed(error.message)
        }
        return JudgePrompt.parse(reply.content, assertions: assertions)
    }
}

/// What the judge is asked, and how its answer is read.
enum JudgePrompt {
    static let system = """
        You judge conversations between a customer-service agent and a customer. For each numbered statement, \
        decide from the conversation alone whether it holds. Answer with JSON only, in this form:
        {"results": [{"statement": 1, "met": true, "reason": "one short sentence"}]}
        """

    static func task(_ assertions: [String], transcript: Transcript) -> String {
        var lines = ["Conversation:"]
        for entry in transcript.entries {
            switch entry.kind {
            case .user: lines.append("customer: \(entry.text)")
            case .agent: lines.append("agent: \(entry.text)")
            case .tool:
                let call = entry.call.map { "\($0.name)(\(JSONValue.object($0.arguments).compactText))" } ?? "tool"
                lines.append("agent called \(call) -> \(entry.text.prefix(500))")
            }
        }
        lines.append("")
        lines.append("Statements:")
        for (i, a) in assertions.enumerated() { lines.append("\(i + 1). \(a)") }
        return lines.joined(separator: "\n")
    }

    /// Reads `{"results": [...]}` from the answer (text around the JSON is ignored).
    static func parse(_ answer: String, assertions: [String]) -> NLJudgement {
        guard let start = answer.firstIndex(of: "{"), let end = answer.lastIndex(of: "}"),
            let json = try? JSONParser.parse(String(answer[start...end])), let results = json["results"]?.arrayValue
        else {
            return .failed("the judge's answer is not the JSON asked for: \(answer.prefix(200))")
        }
        var judged: [JudgedAssertion] = []
        for (i, assertion) in assertions.enumerated() {
            // Matched by number; by position when the judge left the numbers out.
            let byNumber = results.first { $0["statement"]?.intValue == i + 1 }
            guard let entry = byNumber ?? (i < results.count ? results[i] : Optional<JSONValue>.none),
                let met = entry["met"]?.boolValue
            else {
                return .failed("the judge gave no verdict for statement \(i + 1)")
            }
            judged.append(JudgedAssertion(assertion: assertion, met: met, reason: entry["reason"]?.stringValue ?? ""))
        }
        return .judged(judged)
    }
}
