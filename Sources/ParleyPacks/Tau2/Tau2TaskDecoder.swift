import ParleyCore

/// Turns tau2-bench tasks (`tasks.json`) into scenarios, keeping every field:
/// what Parley has a place for goes there, the rest into `metadata.tau2`, so
/// that `parley import tau2` is lossless.
enum Tau2TaskDecoder {
    /// tau2's reward basis names and Parley's components.
    static let basis: [String: ScoreComponent] = ["DB": .state, "COMMUNICATE": .outputs, "ACTION": .actions, "NL_ASSERTION": .nl]

    static func decode(tasks: JSONValue, splits: [String: Set<String>], file: String) -> ([Scenario], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let list = tasks.arrayValue else {
            return ([], [Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "tasks.json must be a list of tasks")])
        }
        var scenarios: [Scenario] = []
        for (index, task) in list.enumerated() {
            var problems: [String] = []
            if let scenario = decode(task, index: index, splits: splits, file: "\(file) task \(index)", problems: &problems) { scenarios.append(scenario) }
            let where_ = task["id"]?.scalarText.map { "task \(index) (id \($0))" } ?? "task \(index)"
            diagnostics += problems.map { Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "\(where_): \($0)") }
        }
        return (scenarios, diagnostics)
    }

    static func decode(_ task: JSONValue, index: Int, splits: [String: Set<String>], file: String, problems: inout [String]) -> Scenario? {
        guard case .object(let object) = task else { problems.append("must be an object"); return nil }
        guard let id = object["id"]?.scalarText else { problems.append("needs an 'id'"); return nil }
        let scenarioObject = object["user_scenario"]?.objectValue ?? [:]
        let criteria = object["evaluation_criteria"]?.objectValue ?? [:]
        var actions: [GoldAction] = []
        for (i, action) in (criteria["actions"]?.arrayValue ?? []).enumerated() {
            guard let name = action["name"]?.stringValue else {
                problems.append("evaluation_criteria.actions[\(i)] needs a 'name'")
                continue
            }
            let compare = action["compare_args"]?.arrayValue?.compactMap(\.stringValue)
            actions.append(GoldAction(
                ToolCall(id: action["action_id"]?.stringValue ?? "", name: name, arguments: action["arguments"]?.objectValue ?? [:]),
                compareArgs: compare, info: action["info"]?.stringValue))
        }
        var score: [ScoreComponent] = []
        for name in criteria["reward_basis"]?.arrayValue?.compactMap(\.stringValue) ?? ["DB", "COMMUNICATE"] {
            guard let component = basis[name] else {
                problems.append("reward basis '\(name)' is not supported (supported: \(basis.keys.sorted().joined(separator: ", ")))")
                continue
            }
            score.append(component)
        }
        var tau2 = JSONObject()
        for key in object.keys where !["id", "evaluation_criteria"].contains(key) { tau2[key] = object[key] }
        if let basisValue = criteria["reward_basis"] { tau2["reward_basis"] = basisValue }
        let tags = ["tau2"] + splits.keys.sorted().filter { splits[$0]!.contains(id) }
        return Scenario(
            id: id, title: object["description"]?["purpose"]?.stringValue.map(firstLine) ?? "", tags: tags,
            user: UserProfile(persona: scenarioObject["persona"]?.stringValue, instructions: instructionsText(scenarioObject["instructions"])),
            expected: Expectations(
                actions: actions, outputs: criteria["communicate_info"]?.arrayValue?.compactMap(\.scalarText) ?? [],
                nl: criteria["nl_assertions"]?.arrayValue?.compactMap(\.stringValue) ?? [], score: score, scoring: .tau2),
            location: SourceLocation(file: file, line: 1, column: 1), metadata: ["tau2": .object(tau2)])
    }

    /// The user's instructions as one text for a language-model user, in the
    /// order tau2-bench presents them.
    static func instructionsText(_ value: JSONValue?) -> String {
        guard case .object(let o)? = value else { return value?.stringValue ?? "" }
        let parts: [(String, String)] = [
            ("Domain", "domain"), ("Reason for call", "reason_for_call"), ("Known info", "known_info"),
            ("Unknown info", "unknown_info"), ("Task instructions", "task_instructions"),
        ]
        return parts.compactMap { label, key in
            o[key]?.stringValue.map { "\(label):\n\($0)" }
        }.joined(separator: "\n\n")
    }

    static func firstLine(_ s: String) -> String { String(s.split(separator: "\n").first ?? "") }
}
