/// The OpenAI Chat Completions wire format, as far as Parley speaks it:
/// requests with messages and tools, responses with text or `tool_calls`.
/// Pure conversion between JSON and Parley's types; no I/O.
public enum ChatCompletionsWire {
    /// A malformed request or response body; `message` says what was expected.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// A decoded request.
    public struct Request: Sendable {
        public var model: String
        public var messages: [ChatMessage]
        public var tools: [ToolSpec]
        public var seed: Int?
        public init(model: String, messages: [ChatMessage], tools: [ToolSpec], seed: Int? = nil) {
            self.model = model
            self.messages = messages
            self.tools = tools
            self.seed = seed
        }
    }

    /// Token counts a server reported.
    public struct Usage: Sendable, Equatable {
        public var promptTokens: Int
        public var completionTokens: Int
        public init(promptTokens: Int = 0, completionTokens: Int = 0) {
            self.promptTokens = promptTokens
            self.completionTokens = completionTokens
        }
    }

    // MARK: Requests

    public static func encode(_ request: Request) -> JSONValue {
        var body: JSONObject = [
            "model": .string(request.model),
            "messages": .array(request.messages.map(encode)),
        ]
        if !request.tools.isEmpty {
            body["tools"] = .array(request.tools.map { spec in
                ["type": "function", "function": ["name": .string(spec.name), "description": .string(spec.description), "parameters": spec.parametersSchema]]
            })
        }
        if let seed = request.seed { body["seed"] = .int(seed) }
        return .object(body)
    }

    public static func encode(_ message: ChatMessage) -> JSONValue {
        var m: JSONObject = ["role": .string(message.role.rawValue), "content": .string(message.content)]
        if !message.toolCalls.isEmpty {
            // Content stays "" rather than null beside tool calls: some servers reject null.
            m["tool_calls"] = .array(message.toolCalls.map { call in
                ["id": .string(call.id), "type": "function",
                 "function": ["name": .string(call.name), "arguments": .string(JSONValue.object(call.arguments).compactText)]]
            })
        }
        if let id = message.toolCallID { m["tool_call_id"] = .string(id) }
        return .object(m)
    }

    public static func decodeRequest(_ body: JSONValue) throws(FormatError) -> Request {
        guard case .object(let object) = body else { throw FormatError("request body must be a JSON object") }
        guard let messages = object["messages"]?.arrayValue else { throw FormatError("request needs 'messages': a list") }
        var decoded: [ChatMessage] = []
        for (i, m) in messages.enumerated() { decoded.append(try decodeMessage(m, at: "messages[\(i)]")) }
        var tools: [ToolSpec] = []
        for t in object["tools"]?.arrayValue ?? [] {
            guard let f = t["function"], let name = f["name"]?.stringValue else { throw FormatError("tools[] needs function.name") }
            tools.append(ToolSpec(name: name, description: f["description"]?.stringValue ?? "", parameters: [], mutates: false))
        }
        return Request(model: object["model"]?.stringValue ?? "", messages: decoded, tools: tools, seed: object["seed"]?.intValue)
    }

    public static func decodeMessage(_ m: JSONValue, at field: String) throws(FormatError) -> ChatMessage {
        guard let roleText = m["role"]?.stringValue, let role = ChatMessage.Role(rawValue: roleText) else {
            throw FormatError("\(field).role must be one of system, user, assistant, tool")
        }
        let content: String
        switch m["content"] {
        case .string(let s)?: content = s
        case .null?, nil: content = ""
        case .array(let parts)?: content = parts.compactMap { $0["text"]?.stringValue }.joined()
        default: throw FormatError("\(field).content must be a string or null")
        }
        var calls: [ToolCall] = []
        for (j, c) in (m["tool_calls"]?.arrayValue ?? []).enumerated() {
            calls.append(try decodeToolCall(c, at: "\(field).tool_calls[\(j)]"))
        }
        return ChatMessage(role: role, content: content, toolCalls: calls, toolCallID: m["tool_call_id"]?.stringValue)
    }

    static func decodeToolCall(_ c: JSONValue, at field: String) throws(FormatError) -> ToolCall {
        guard let f = c["function"], let name = f["name"]?.stringValue else { throw FormatError("\(field).function.name is missing") }
        var arguments = JSONObject()
        switch f["arguments"] {
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            if !trimmed.isEmpty {
                guard case .object(let o)? = try? JSONParser.parse(trimmed) else {
                    throw FormatError("\(field).function.arguments is not a JSON object: \(text.prefix(200))")
                }
                arguments = o
            }
        case .object(let o)?: arguments = o
        case nil, .null?: break
        default: throw FormatError("\(field).function.arguments must be a JSON string")
        }
        return ToolCall(id: c["id"]?.stringValue ?? "", name: name, arguments: arguments)
    }

    // MARK: Responses

    public static func encodeResponse(_ message: ChatMessage, model: String, id: String, usage: Usage = Usage()) -> JSONValue {
        [
            "id": .string(id), "object": "chat.completion", "created": 0, "model": .string(model),
            "choices": [["index": 0, "message": encode(message), "finish_reason": message.toolCalls.isEmpty ? "stop" : "tool_calls"]],
            "usage": ["prompt_tokens": .int(usage.promptTokens), "completion_tokens": .int(usage.completionTokens),
                      "total_tokens": .int(usage.promptTokens + usage.completionTokens)],
        ]
    }

    public static func decodeResponse(_ body: JSONValue) throws(FormatError) -> (message: ChatMessage, usage: Usage) {
        if let error = body["error"], !error.isNull {
            throw FormatError("the server answered with an error: \(error["message"]?.stringValue ?? error.compactText)")
        }
        guard let choices = body["choices"]?.arrayValue, let first = choices.first, let message = first["message"] else {
            throw FormatError("response has no choices[0].message")
        }
        var decoded = try decodeMessage(message, at: "choices[0].message")
        decoded.role = .assistant
        let usage = Usage(promptTokens: body["usage"]?["prompt_tokens"]?.intValue ?? 0,
                          completionTokens: body["usage"]?["completion_tokens"]?.intValue ?? 0)
        return (decoded, usage)
    }
}
