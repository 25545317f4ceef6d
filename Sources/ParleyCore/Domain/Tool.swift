/// What a tool hands back to the agent.
public enum ToolResult: Sendable, Equatable {
    /// A plain string result (an id, "Transfer successful").
    case text(String)
    /// A structured result, serialised as Python's `json.dumps` would.
    case json(JSONValue)

    /// The text the agent receives.
    public var output: String {
        switch self {
        case .text(let s): s
        case .json(let v): v.pythonText
        }
    }
}

/// A tool's refusal: the agent receives `"Error: <message>"`, and the state is
/// left as it was before the call.
public struct ToolError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A tool of a domain: reads and may change the conversation's World.
public protocol Tool: Sendable {
    var spec: ToolSpec { get }
    /// Runs the tool. Arguments have already been checked against `spec`.
    /// On error the caller discards any partial change to `world`.
    func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult
}
