/// Something that completes a chat: an OpenAI-compatible endpoint over HTTP,
/// or an agent in the same process.
public protocol ChatCompletionsBackend: Sendable {
    var name: String { get }
    func complete(_ request: ChatCompletionsWire.Request) async throws(AgentError) -> (message: ChatMessage, usage: ChatCompletionsWire.Usage)
}

/// The `openai` agent protocol: Parley keeps the message list, sends the
/// policy as the system message and the domain's tools, runs every tool call
/// the agent returns (parallel calls too), and calls again until the agent
/// answers in text.
public struct ChatCompletionsConnector: AgentConnector {
    public var backend: any ChatCompletionsBackend
    public var model: String
    /// The most completions for one user message, so a looping agent ends.
    public var maxStepsPerTurn: Int

    public init(backend: any ChatCompletionsBackend, model: String, maxStepsPerTurn: Int = 25) {
        self.backend = backend
        self.model = model
        self.maxStepsPerTurn = maxStepsPerTurn
    }

    public var name: String { "openai \(backend.name)" }

    public func startConversation(_ context: AgentContext) async throws(AgentError) -> any AgentConversation {
        ChatCompletionsConversation(connector: self, tools: context.tools, seed: context.seed, messages: [.system(context.policy)])
    }
}

struct ChatCompletionsConversation: AgentConversation {
    let connector: ChatCompletionsConnector
    let tools: [ToolSpec]
    let seed: UInt64
    var messages: [ChatMessage]

    mutating func reply(to userText: String, tools runner: ToolRunner) async throws(AgentError) -> AgentReply {
        messages.append(.user(userText))
        var reply = AgentReply(text: "")
        for _ in 0..<connector.maxStepsPerTurn {
            let request = ChatCompletionsWire.Request(
                model: connector.model, messages: messages, tools: tools, seed: Int(truncatingIfNeeded: seed & 0x7FFF_FFFF))
            let (message, usage) = try await connector.backend.complete(request)
            reply.promptTokens += usage.promptTokens
            reply.completionTokens += usage.completionTokens
            messages.append(message)
            guard !message.toolCalls.isEmpty else {
                reply.text = message.content
                return reply
            }
            for call in message.toolCalls {
                let outcome = runner.run(call)
                messages.append(.tool(outcome.output, callID: call.id))
            }
        }
        throw AgentError("the agent made tool calls for \(connector.maxStepsPerTurn) steps without answering the user", isInfrastructure: false)
    }

    mutating func finish() async {}
}
