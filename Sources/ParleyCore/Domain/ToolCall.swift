/// A request by the agent (or a gold action) to run a tool.
public struct ToolCall: Sendable, Equatable {
    /// The call id the agent gave (OpenAI `tool_calls[].id`); empty for gold actions.
    public var id: String
    public var name: String
    public var arguments: JSONObject

    public init(id: String = "", name: String, arguments: JSONObject) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }

    public var json: JSONValue {
        ["id": .string(id), "name": .string(name), "arguments": .object(arguments)]
    }
}

/// What running a tool call produced.
public struct ToolOutcome: Sendable, Equatable {
    /// The text the agent receives (a result, or `"Error: …"`).
    public var output: String
    /// Whether the call failed (unknown tool, bad arguments or the tool's own refusal).
    public var isError: Bool
    /// The error message without the `"Error: "` prefix.
    public var errorMessage: String?
    /// Whether the tool is a write tool (whatever the outcome).
    public var mutates: Bool

    public init(output: String, isError: Bool, errorMessage: String? = nil, mutates: Bool) {
        self.output = output
        self.isError = isError
        self.errorMessage = errorMessage
        self.mutates = mutates
    }
}
