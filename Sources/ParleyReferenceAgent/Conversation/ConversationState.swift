import ParleyCore

/// Everything the agent knows, worked out from the messages alone: the tool
/// calls and their results, who the user is, the records looked up, and the
/// request being handled now.
struct ConversationState {
    let messages: [ChatMessage]
    let runs: [ToolRun]
    /// Index of the user message that opened the current request.
    let segmentStart: Int
    /// The user's messages since the current request was opened, oldest first.
    let segmentUserTexts: [String]
    let allUserTexts: [String]
    let intent: Intent?

    init(messages: [ChatMessage]) {
        self.messages = messages
        runs = Self.pairRuns(messages)
        var start = messages.firstIndex { $0.role == .user } ?? messages.count
        var lastAssistantText: String?
        for (index, message) in messages.enumerated() {
            switch message.role {
            case .assistant where !message.content.isEmpty:
                lastAssistantText = message.content
            case .user where index > start:
                if let said = lastAssistantText, Phrasing.endsRequest(said), Intent.detect(in: message.content) != nil {
                    start = index
                }
            default:
                break
            }
        }
        segmentStart = start
        allUserTexts = messages.filter { $0.role == .user }.map(\.content)
        segmentUserTexts = messages[start...].filter { $0.role == .user }.map(\.content)
        intent = segmentUserTexts.lazy.compactMap { Intent.detect(in: $0) }.first
    }

    /// Matches tool results to calls by id, falling back to the oldest call
    /// still waiting for a result.
    private static func pairRuns(_ messages: [ChatMessage]) -> [ToolRun] {
        var runs: [ToolRun] = []
        for (index, message) in messages.enumerated() {
            switch message.role {
            case .assistant:
                runs += message.toolCalls.map { ToolRun(call: $0, messageIndex: index) }
            case .tool:
                let target = runs.firstIndex { $0.output == nil && $0.call.id == message.toolCallID && !$0.call.id.isEmpty }
                    ?? runs.firstIndex { $0.output == nil }
                if let target {
                    runs[target].output = message.content
                    runs[target].resultIndex = index
                }
            default:
                break
            }
        }
        return runs
    }

    // MARK: - The conversation

    var latestUserText: String { allUserTexts.last ?? "" }

    /// The user's messages of the current request, newest first.
    var recentUserTexts: [String] { segmentUserTexts.reversed() }

    var isFirstRequest: Bool { messages[..<segmentStart].allSatisfy { $0.role != .user } }

    /// The last thing the agent said to the user, and where.
    var lastAgentText: (index: Int, text: String)? {
        guard let index = messages.lastIndex(where: { $0.role == .assistant && !$0.content.isEmpty }) else { return nil }
        return (index, messages[index].content)
    }

    var agentTexts: [String] { messages.filter { $0.role == .assistant && !$0.content.isEmpty }.map(\.content) }

    var segmentAgentTexts: [String] {
        messages[min(segmentStart, messages.count)...].filter { $0.role == .assistant && !$0.content.isEmpty }.map(\.content)
    }

    /// The tool run whose result is the last message, if it is one.
    var lastMessageResult: ToolRun? {
        guard let last = messages.indices.last, messages[last].role == .tool else { return nil }
        return runs.last { $0.resultIndex == last }
    }

    /// The user's answer to a confirmation request the agent has just made:
    /// true for an explicit yes, false for a no, nil when the user said
    /// something else or nothing was asked.
    var confirmationAnswer: Bool? {
        guard let last = messages.last, last.role == .user, let asked = lastAgentText,
            asked.index >= segmentStart, Phrasing.asksConfirmation(asked.text)
        else { return nil }
        if Confirmation.isExplicitYes(last.content) { return true }
        if Phrasing.isRefusal(last.content) { return false }
        return nil
    }

    /// The user is wrapping up after the agent finished a request.
    var userIsClosing: Bool {
        guard let last = messages.last, last.role == .user, let said = lastAgentText, Phrasing.endsRequest(said.text),
            Intent.detect(in: last.content) == nil
        else { return false }
        return Phrasing.isClosing(last.content)
    }

    /// Runs of `tool` made for the current request.
    func segmentRuns(of tool: String) -> [ToolRun] {
        runs.filter { $0.messageIndex >= segmentStart && $0.call.name == tool }
    }

    // MARK: - Records looked up so far (the latest result wins)

    /// The user the conversation authenticated, by the first successful lookup.
    var userID: String? {
        runs.first { ($0.call.name == ToolName.findByEmail || $0.call.name == ToolName.findByNameZip) && $0.succeeded }?
            .output.map { $0.trimmingQuotes }
    }

    /// The records as they were when the current request began: the results
    /// of this request's own changes are left out, so that a flow still sees
    /// the pending order it has just cancelled and goes on to report it.
    private var lookups: some Sequence<ToolRun> {
        runs.reversed().lazy.filter { !($0.messageIndex >= self.segmentStart && ToolName.writes.contains($0.call.name)) }
    }

    func user(id: String) -> UserRecord? {
        for run in lookups {
            if let object = run.object, object["user_id"]?.stringValue == id, object["payment_methods"] != nil {
                return UserRecord(object)
            }
        }
        return nil
    }

    func order(id: String) -> OrderRecord? {
        for run in lookups {
            if let object = run.object, object["order_id"]?.stringValue == id { return OrderRecord(object) }
        }
        return nil
    }

    func product(id: String) -> ProductRecord? {
        for run in lookups {
            if let object = run.object, object["product_id"]?.stringValue == id, object["variants"] != nil {
                return ProductRecord(object)
            }
        }
        return nil
    }

    /// Product names and ids, once `list_all_product_types` has run.
    var productTypes: [(name: String, id: String)]? {
        guard let run = runs.last(where: { $0.call.name == ToolName.productTypes && $0.succeeded }), let object = run.object else { return nil }
        return object.compactMap { key, value in value.stringValue.map { (key, $0) } }
    }
}

extension String {
    /// Drops the quotes of a result that arrives as a JSON string.
    var trimmingQuotes: String {
        count >= 2 && first == "\"" && last == "\"" ? String(dropFirst().dropLast()) : self
    }
}
