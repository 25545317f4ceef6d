import ParleyCore

/// A language model plays the user, from the scenario's persona,
/// instructions and facts, over any OpenAI-compatible endpoint. It ends the
/// conversation by saying `###STOP###`, `###TRANSFER###` or `###OUT-OF-SCOPE###`.
public struct LLMUserSimulator: UserSimulator {
    public var backend: any ChatCompletionsBackend
    public var model: String

    public init(backend: any ChatCompletionsBackend, model: String) {
        self.backend = backend
        self.model = model
    }

    public var name: String { "llm:\(model)" }

    public func makeUser(for scenario: Scenario, seed: UInt64) throws(UserSimulatorError) -> any SimulatedUser {
        LLMUser(backend: backend, model: model, seed: seed, messages: [.system(UserPrompt.system(for: scenario))])
    }
}

/// The language-model user of one conversation. Roles are mirrored: the
/// model writes as "assistant", the agent's words reach it as "user".
struct LLMUser: SimulatedUser {
    let backend: any ChatCompletionsBackend
    let model: String
    let seed: UInt64
    var messages: [ChatMessage]

    mutating func opening() async throws(UserSimulatorError) -> UserTurn {
        try await next(after: "Hi! How can I help you today?")
    }

    mutating func reply(to agentText: String) async throws(UserSimulatorError) -> UserTurn {
        try await next(after: agentText)
    }

    private mutating func next(after agentText: String) async throws(UserSimulatorError) -> UserTurn {
        messages.append(.user(agentText))
        let request = ChatCompletionsWire.Request(model: model, messages: messages, tools: [], seed: Int(truncatingIfNeeded: seed & 0x7FFF_FFFF))
        let reply: ChatMessage
        do {
            reply = try await backend.complete(request).message
        } catch {
            throw UserSimulatorError("the user simulator's model failed: \(error.message)", isInfrastructure: error.isInfrastructure)
        }
        guard reply.toolCalls.isEmpty, !reply.content.trimmingWhitespace.isEmpty else {
            throw UserSimulatorError("the user simulator's model answered with no text", isInfrastructure: false)
        }
        messages.append(.assistant(reply.content))
        return UserPrompt.turn(from: reply.content)
    }
}
