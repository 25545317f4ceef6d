/// Reading recorded conversations from the formats Parley accepts.
extension RecordedConversation {
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// A line of Parley's `results.jsonl`.
    public static func fromResult(_ json: JSONValue) throws(FormatError) -> RecordedConversation {
        guard let id = json["scenario"]?.stringValue else { throw FormatError("a results line needs 'scenario'") }
        guard let entries = json["transcript"]?.arrayValue else { throw FormatError("a results line needs 'transcript'") }
        var events: [Event] = []
        for (i, entry) in entries.enumerated() {
            switch entry["kind"]?.stringValue {
            case "user": events.append(.user(entry["text"]?.stringValue ?? ""))
            case "agent": events.append(.agent(entry["text"]?.stringValue ?? ""))
            case "tool":
                guard let name = entry["tool"]?.stringValue else { throw FormatError("transcript[\(i)] is a tool entry without 'tool'") }
                events.append(.tool(ToolCall(id: entry["call_id"]?.stringValue ?? "", name: name, arguments: entry["arguments"]?.objectValue ?? [:])))
            default:
                throw FormatError("transcript[\(i)].kind must be user, agent or tool")
            }
        }
        let reason = try endReason(json["end_reason"])
        return RecordedConversation(scenarioID: id, events: events, endReason: reason, trial: json["trial"]?.intValue ?? 1,
                                    seed: json["seed"]?.stringValue.flatMap { UInt64($0) } ?? 0)
    }

    /// `{"scenario": ID, "messages": [...], "end_reason"?: …}` with an
    /// OpenAI-format message list. Text beside tool calls is not shown to
    /// the user in a live run, so it is left out here too.
    public static func fromOpenAI(_ json: JSONValue) throws(FormatError) -> RecordedConversation {
        guard let id = json["scenario"]?.scalarText else { throw FormatError("an OpenAI conversation needs 'scenario': the scenario id") }
        guard let messages = json["messages"]?.arrayValue else { throw FormatError("an OpenAI conversation needs 'messages': a list") }
        var events: [Event] = []
        for (i, raw) in messages.enumerated() {
            let message: ChatMessage
            do {
                message = try ChatCompletionsWire.decodeMessage(raw, at: "messages[\(i)]")
            } catch {
                throw FormatError(error.message)
            }
            switch message.role {
            case .system, .tool: continue
            case .user: events.append(.user(message.content))
            case .assistant:
                if message.toolCalls.isEmpty {
                    events.append(.agent(message.content))
                } else {
                    events += message.toolCalls.map(Event.tool)
                }
            }
        }
        return RecordedConversation(scenarioID: id, events: events, endReason: try endReason(json["end_reason"]))
    }

    /// The conversation as an OpenAI message list, as the `openai` connector sends it.
    public static func openAIMessages(policy: String, transcript: Transcript) -> [ChatMessage] {
        var messages: [ChatMessage] = [.system(policy)]
        for entry in transcript.entries {
            switch entry.kind {
            case .user: messages.append(.user(entry.text))
            case .agent: messages.append(.assistant(entry.text))
            case .tool:
                guard let call = entry.call else { continue }
                messages.append(.assistant("", toolCalls: [call]))
                messages.append(.tool(entry.text, callID: call.id))
            }
        }
        return messages
    }

    static func endReason(_ value: JSONValue?) throws(FormatError) -> EndReason {
        guard let text = value?.stringValue else { return .userStop }
        guard let reason = EndReason(rawValue: text) else {
            throw FormatError("end_reason must be one of \(EndReason.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return reason
    }
}
