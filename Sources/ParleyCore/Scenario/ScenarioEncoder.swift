import Yams

/// Writes scenarios in the YAML form `ScenarioDecoder` reads, so that a
/// scenario written and read back is the same scenario.
public enum ScenarioEncoder {
    /// One scenario as a YAML document.
    public static func yaml(_ scenario: Scenario) -> String {
        yaml(json(scenario))
    }

    /// Any JSON value as YAML: block style, keys in stored order, strings
    /// quoted wherever YAML would read them as another type.
    public static func yaml(_ value: JSONValue) -> String {
        // Serialising a tree of plain nodes cannot fail; an empty text is the only fallback.
        (try? Yams.serialize(node: node(value), width: -1, allowUnicode: true)) ?? ""
    }

    /// The scenario as the JSON value its YAML file holds, keys in file order.
    public static func json(_ s: Scenario) -> JSONValue {
        var root: JSONObject = ["id": .string(s.id)]
        if !s.title.isEmpty { root["title"] = .string(s.title) }
        if !s.tags.isEmpty { root["tags"] = strings(s.tags) }
        root["user"] = user(s.user)
        if !s.setup.isEmpty {
            root["setup"] = .array(s.setup.map { step in
                switch step {
                case .set(let path, let value): ["set": .string(path.description), "value": value]
                case .remove(let path): ["remove": .string(path.description)]
                }
            })
        }
        let expected = expectations(s.expected)
        if expected.objectValue?.isEmpty == false { root["expected"] = expected }
        var limits = JSONObject()
        if let n = s.limits.maxTurns { limits["max_turns"] = .int(n) }
        if let n = s.limits.maxToolErrors { limits["max_tool_errors"] = .int(n) }
        if !limits.isEmpty { root["limits"] = .object(limits) }
        if !s.metadata.isEmpty { root["metadata"] = .object(s.metadata) }
        return .object(root)
    }

    static func user(_ u: UserProfile) -> JSONValue {
        var o = JSONObject()
        if let persona = u.persona { o["persona"] = .string(persona) }
        o["instructions"] = .string(u.instructions)
        if !u.known.isEmpty { o["known"] = .object(u.known) }
        if !u.unknown.isEmpty { o["unknown"] = strings(u.unknown) }
        if let script = u.script {
            var sc: JSONObject = ["opening": .string(script.opening)]
            if !script.answers.isEmpty {
                sc["answers"] = .array(script.answers.map { ["when": strings($0.when), "say": .string($0.say)] })
            }
            if !script.confirm { sc["confirm"] = false }
            if !script.followups.isEmpty { sc["followups"] = strings(script.followups) }
            if let closing = script.closing { sc["closing"] = .string(closing) }
            o["script"] = .object(sc)
        }
        return .object(o)
    }

    static func expectations(_ e: Expectations) -> JSONValue {
        var o = JSONObject()
        if !e.actions.isEmpty {
            o["actions"] = .array(e.actions.map { action in
                var a: JSONObject = [:]
                if !action.call.id.isEmpty { a["id"] = .string(action.call.id) }
                a["name"] = .string(action.call.name)
                a["arguments"] = .object(action.call.arguments)
                if let compare = action.compareArgs { a["compare_args"] = strings(compare) }
                if let info = action.info { a["info"] = .string(info) }
                return .object(a)
            })
        }
        if !e.outputs.isEmpty { o["outputs"] = strings(e.outputs) }
        if !e.forbidden.isEmpty {
            o["forbidden"] = .array(e.forbidden.map { f in
                f.arguments.map { ["name": .string(f.name), "arguments": .object($0)] } ?? .string(f.name)
            })
        }
        if !e.assertions.isEmpty {
            o["assertions"] = .array(e.assertions.map { a in
                var x: JSONObject = ["path": .string(a.path.description)]
                if let equals = a.equals { x["equals"] = equals }
                if a.absent { x["absent"] = true }
                return .object(x)
            })
        }
        if !e.ignore.isEmpty { o["ignore"] = strings(e.ignore.map(\.description)) }
        if !e.nl.isEmpty { o["nl"] = strings(e.nl) }
        if let score = e.score { o["score"] = strings(score.map(\.rawValue)) }
        if e.scoring != .parley { o["scoring"] = .string(e.scoring.rawValue) }
        return .object(o)
    }

    static func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }

    static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null", .implicit, .plain)
        case .bool(let b): return Node(b ? "true" : "false", .implicit, .plain)
        case .int(let i): return Node(String(i), .implicit, .plain)
        case .double(let d): return Node(JSONWriter.format(d), .implicit, .plain)
        case .string(let s):
            if s.contains("\n") { return Node(s, .implicit, .literal) }
            // Quote what a plain scalar would turn into a number, boolean or null.
            let quoted = SourceNode.typedScalar(s) != .string(s)
            return Node(s, .implicit, quoted ? .doubleQuoted : .any)
        case .array(let items):
            return Node(items.map(node), .implicit, items.isEmpty ? .flow : .block)
        case .object(let o):
            return Node(o.map { (Node($0.key), node($0.value)) }, .implicit, o.isEmpty ? .flow : .block)
        }
    }
}
