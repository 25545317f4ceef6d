/// Turns scenario files (YAML or JSON; one scenario, a list of scenarios, or
/// `scenarios: [...]`, per document) into `Scenario`s, collecting every
/// problem with its file, line and column.
public enum ScenarioDecoder {
    static let scenarioKeys = ["id", "title", "tags", "user", "setup", "expected", "limits", "metadata"]
    static let userKeys = ["persona", "instructions", "known", "unknown", "script"]
    static let scriptKeys = ["opening", "answers", "confirm", "followups", "closing"]
    static let answerKeys = ["when", "say"]
    static let setupKeys = ["set", "value", "remove"]
    static let limitsKeys = ["max_turns", "max_tool_errors"]

    /// Decodes all scenarios in `text`. Scenarios with problems are left out
    /// and their problems returned.
    public static func decode(_ text: String, file: String) -> (scenarios: [Scenario], diagnostics: [Diagnostic]) {
        let documents: [SourceNode]
        do {
            documents = try SourceNode.parseAll(yaml: text, file: file)
        } catch {
            return ([], error.diagnostics)
        }
        var scenarios: [Scenario] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            for node in scenarioNodes(in: document, into: &diagnostics) {
                var problems: [Diagnostic] = []
                let scenario = decodeScenario(node, into: &problems)
                diagnostics += problems
                if let scenario, !problems.contains(where: { $0.severity == .error }) { scenarios.append(scenario) }
            }
        }
        return (scenarios, diagnostics)
    }

    private static func scenarioNodes(in document: SourceNode, into diagnostics: inout [Diagnostic]) -> [SourceNode] {
        switch document {
        case .sequence(let items, _):
            return items
        case .mapping(let pairs, _) where pairs.count == 1 && pairs[0].key == "scenarios":
            return MappingReader.sequence(pairs[0].value, field: "scenarios", into: &diagnostics)
        default:
            return [document]
        }
    }

    static func decodeScenario(_ node: SourceNode, into d: inout [Diagnostic]) -> Scenario? {
        guard let reader = MappingReader(node, context: "scenario", allowed: scenarioKeys, into: &d) else { return nil }
        let id = reader.string("id", required: true, into: &d)
        if let id, id.isEmpty || id.contains(where: \.isWhitespace) {
            d.append(Diagnostic(at: reader["id"]!.location, "scenario id must be non-empty and contain no spaces, got '\(id)'"))
        }
        let user = reader.required("user", into: &d).flatMap { decodeUser($0, into: &d) }
        let setup = reader["setup"].map { decodeSetup($0, into: &d) } ?? []
        let expected = reader["expected"].map { decodeExpected($0, into: &d) }
        let limits = reader["limits"].map { decodeLimits($0, into: &d) } ?? Limits()
        let title = reader.string("title", into: &d) ?? ""
        let tags = reader.strings("tags", into: &d)
        let metadata = reader["metadata"].flatMap { MappingReader.object($0, field: "metadata", into: &d) } ?? [:]
        guard let id, let user else { return nil }
        return Scenario(
            id: id, title: title, tags: tags, user: user,
            setup: setup, expected: expected?.expectations ?? Expectations(), limits: limits,
            location: node.location, actionLocations: expected?.actionLocations ?? [], metadata: metadata)
    }

    static func decodeUser(_ node: SourceNode, into d: inout [Diagnostic]) -> UserProfile? {
        guard let reader = MappingReader(node, context: "user", allowed: userKeys, into: &d) else { return nil }
        let instructions = reader.string("instructions", required: true, into: &d)
        let known = reader["known"].flatMap { MappingReader.object($0, field: "user.known", into: &d) } ?? [:]
        let script = reader["script"].flatMap { decodeScript($0, into: &d) }
        let persona = reader.string("persona", into: &d)
        let unknown = reader.strings("unknown", into: &d)
        guard let instructions else { return nil }
        return UserProfile(persona: persona, instructions: instructions, known: known, unknown: unknown, script: script)
    }

    static func decodeScript(_ node: SourceNode, into d: inout [Diagnostic]) -> UserScript? {
        guard let reader = MappingReader(node, context: "user.script", allowed: scriptKeys, into: &d) else { return nil }
        let opening = reader.string("opening", required: true, into: &d)
        var answers: [ScriptedAnswer] = []
        if let list = reader["answers"] {
            for item in MappingReader.sequence(list, field: "user.script.answers", into: &d) {
                guard let answer = MappingReader(item, context: "user.script.answers[]", allowed: answerKeys, into: &d) else { continue }
                let when: [String]
                if case .scalar = answer["when"] {
                    when = [answer.string("when", into: &d)].compactMap { $0 }
                } else {
                    when = answer.strings("when", into: &d)
                }
                if when.isEmpty { d.append(Diagnostic(at: item.location, "user.script.answers[] needs 'when': one or more phrases")) }
                guard let say = answer.string("say", required: true, into: &d) else { continue }
                answers.append(ScriptedAnswer(when: when, say: say))
            }
        }
        let confirm = reader.bool("confirm", into: &d) ?? true
        let followups = reader.strings("followups", into: &d)
        let closing = reader.string("closing", into: &d)
        guard let opening else { return nil }
        return UserScript(opening: opening, answers: answers, confirm: confirm, followups: followups, closing: closing)
    }

    static func decodeSetup(_ node: SourceNode, into d: inout [Diagnostic]) -> [SetupStep] {
        MappingReader.sequence(node, field: "setup", into: &d).compactMap { item in
            guard let reader = MappingReader(item, context: "setup[]", allowed: setupKeys, into: &d) else { return nil }
            if let target = reader["set"] {
                guard let pointer = MappingReader.pointer(target, field: "setup[].set", into: &d) else { return nil }
                guard let value = reader.required("value", into: &d) else { return nil }
                return .set(pointer, value.jsonValue)
            }
            if let target = reader["remove"] {
                return MappingReader.pointer(target, field: "setup[].remove", into: &d).map { .remove($0) }
            }
            d.append(Diagnostic(at: item.location, "setup[] needs either 'set' (with 'value') or 'remove'"))
            return nil
        }
    }

    static func decodeLimits(_ node: SourceNode, into d: inout [Diagnostic]) -> Limits {
        guard let reader = MappingReader(node, context: "limits", allowed: limitsKeys, into: &d) else { return Limits() }
        return Limits(maxTurns: reader.int("max_turns", into: &d), maxToolErrors: reader.int("max_tool_errors", into: &d))
    }
}
