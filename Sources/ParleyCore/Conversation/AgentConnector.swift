/// An agent failed to answer. `isInfrastructure` separates faults of the
/// transport (connection refused, timeouts, 5xx after retries) from an agent
/// that answered with something unusable.
public struct AgentError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var isInfrastructure: Bool
    public init(_ message: String, isInfrastructure: Bool) {
        self.message = message
        self.isInfrastructure = isInfrastructure
    }
    public var description: String { message }
}

/// What an agent needs to start a conversation.
public struct AgentContext: Sendable {
    public var scenarioID: String
    public var policy: String
    public var tools: [ToolSpec]
    public var seed: UInt64
    public init(scenarioID: String, policy: String, tools: [ToolSpec], seed: UInt64) {
        self.scenarioID = scenarioID
        self.policy = policy
        self.tools = tools
        self.seed = seed
    }
}

/// Reaches an agent under test (over HTTP, or in process for tests).
public protocol AgentConnector: Sendable {
    /// A short name for reports ("openai http://…", …).
    var name: String { get }
    func startConversation(_ context: AgentContext) async throws(AgentError) -> any AgentConversation
}

/// The agent side of one conversation.
public protocol AgentConversation {
    /// Sends the user's message and returns the agent's text reply. The agent
    /// may call tools before replying: each call goes through `tools`.
    mutating func reply(to userText: String, tools: ToolRunner) async throws(AgentError) -> AgentReply
    /// Ends the conversation on the agent's side.
    mutating func finish() async
}

/// The agent's answer to one user message.
public struct AgentReply: Sendable {
    public var text: String
    public var promptTokens: Int
    public var completionTokens: Int
    public init(text: String, promptTokens: Int = 0, completionTokens: Int = 0) {
        self.text = text
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
