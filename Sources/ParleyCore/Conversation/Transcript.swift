/// One thing that happened in a conversation.
public struct TranscriptEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case user, agent, tool }

    public var kind: Kind
    /// The user turn this belongs to (1 for the opening request).
    public var turn: Int
    /// The message text, or for a tool entry its output.
    public var text: String
    /// For a tool entry: the call.
    public var call: ToolCall?
    /// For a tool entry: whether it failed.
    public var isError: Bool
    /// For a tool entry: whether the tool writes.
    public var mutates: Bool
    /// For a tool entry: the user whose data it touched, judged before the call.
    public var owner: String?
    /// Milliseconds from the start of the conversation.
    public var atMilliseconds: Int

    public init(kind: Kind, turn: Int, text: String, call: ToolCall? = nil, isError: Bool = false, mutates: Bool = false,
                owner: String? = nil, atMilliseconds: Int = 0)
    {
        self.kind = kind
        self.turn = turn
        self.text = text
        self.call = call
        self.isError = isError
        self.mutates = mutates
        self.owner = owner
        self.atMilliseconds = atMilliseconds
    }
}

/// How a conversation ended.
public enum EndReason: String, Sendable, Codable, CaseIterable {
    case userStop = "user_stop"
    case agentTransfer = "agent_transfer"
    case userOutOfScope = "user_out_of_scope"
    case maxTurns = "max_turns"
    case tooManyToolErrors = "too_many_tool_errors"
    case agentError = "agent_error"
    case userError = "user_error"
    case infrastructureError = "infrastructure_error"

    /// Whether the conversation ended by the agent or the user, as tau2-bench
    /// requires for a trial to score.
    public var isNatural: Bool { self == .userStop || self == .agentTransfer || self == .userOutOfScope }
}

/// Everything the checker and the reports need about one conversation.
public struct Transcript: Sendable {
    public var entries: [TranscriptEntry]
    public var endReason: EndReason
    /// What went wrong, for the error end reasons.
    public var error: String?
    public var turns: Int
    public var durationMilliseconds: Int
    public var promptTokens: Int
    public var completionTokens: Int

    public init(entries: [TranscriptEntry] = [], endReason: EndReason, error: String? = nil, turns: Int = 0,
                durationMilliseconds: Int = 0, promptTokens: Int = 0, completionTokens: Int = 0)
    {
        self.entries = entries
        self.endReason = endReason
        self.error = error
        self.turns = turns
        self.durationMilliseconds = durationMilliseconds
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    /// All the agent said to the user.
    public var agentTexts: [String] { entries.filter { $0.kind == .agent }.map(\.text) }
    public var toolEntries: [TranscriptEntry] { entries.filter { $0.kind == .tool } }
}
