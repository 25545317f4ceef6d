import ParleyCore

/// One tool call the agent made and, once it ran, what the tool returned.
struct ToolRun {
    let call: ToolCall
    /// Index of the assistant message that made the call.
    let messageIndex: Int
    /// Index of the tool message with the result, if it has come.
    var resultIndex: Int?
    var output: String? {
        didSet { object = Self.parseObject(output) }
    }
    /// The result parsed as JSON, when it is a JSON object (parsed once, as
    /// the same results are read many times while working out a reply).
    private(set) var object: JSONObject?

    init(call: ToolCall, messageIndex: Int) {
        self.call = call
        self.messageIndex = messageIndex
    }

    var hasResult: Bool { output != nil }
    var failed: Bool { output?.hasPrefix("Error") ?? false }
    var succeeded: Bool { hasResult && !failed }

    private static func parseObject(_ output: String?) -> JSONObject? {
        guard let output, output.first == "{" else { return nil }
        return (try? JSONParser.parse(output))?.objectValue
    }

    /// The text of a failed call without the "Error: " prefix.
    var errorMessage: String? {
        guard failed, let output else { return nil }
        return output.hasPrefix("Error: ") ? String(output.dropFirst(7)) : output
    }

    func argument(_ name: String) -> String? { call.arguments[name]?.stringValue }
}
