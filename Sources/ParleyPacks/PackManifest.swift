import ParleyCore

/// `domain.yaml`: what a pack is made of.
struct PackManifest {
    static let keys = ["name", "title", "tools", "policy", "db", "scenarios", "limits"]

    var name: String
    var title: String
    var builtinTools: String
    var policyFile: String
    var dbFile: String
    var scenariosFolder: String
    var settings: ConversationSettings

    static func decode(_ text: String, file: String) -> (PackManifest?, [Diagnostic]) {
        var d: [Diagnostic] = []
        let nodes: [SourceNode]
        do { nodes = try SourceNode.parseAll(yaml: text, file: file) } catch { return (nil, error.diagnostics) }
        guard let node = nodes.first else {
            return (nil, [Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "domain.yaml is empty; expected name, tools, policy, db")])
        }
        guard case .mapping(let pairs, _) = node else {
            return (nil, [Diagnostic(at: node.location, "domain.yaml must be a mapping, found \(node.kindName)")])
        }
        func value(_ key: String) -> SourceNode? { pairs.first { $0.key == key }?.value }
        func string(_ key: String, default fallback: String? = nil) -> String? {
            guard let v = value(key) else {
                if fallback == nil { d.append(Diagnostic(at: node.location, "domain.yaml is missing '\(key)'")) }
                return fallback
            }
            guard case .scalar(let s, _, _) = v else {
                d.append(Diagnostic(at: v.location, "domain.yaml '\(key)' must be a string, found \(v.kindName)"))
                return nil
            }
            return s
        }
        for pair in pairs where !keys.contains(pair.key) {
            d.append(Diagnostic(at: pair.keyLocation, "unknown key '\(pair.key)' in domain.yaml; expected one of: \(keys.joined(separator: ", "))"))
        }
        var builtin: String?
        if let tools = value("tools") {
            if case .mapping(let toolPairs, _) = tools, toolPairs.count == 1, toolPairs[0].key == "builtin",
                case .scalar(let name, _, _) = toolPairs[0].value
            {
                builtin = name
            } else {
                d.append(Diagnostic(at: tools.location, "domain.yaml 'tools' must be 'builtin: NAME' (e.g. builtin: retail)"))
            }
        } else {
            d.append(Diagnostic(at: node.location, "domain.yaml is missing 'tools' (e.g. tools: {builtin: retail})"))
        }
        var settings = ConversationSettings()
        if let limits = value("limits") {
            if case .mapping(let limitPairs, _) = limits {
                for pair in limitPairs {
                    guard case .scalar(let text, _, _) = pair.value, let n = Int(text), n > 0 else {
                        d.append(Diagnostic(at: pair.value.location, "domain.yaml limits.\(pair.key) must be a positive integer"))
                        continue
                    }
                    switch pair.key {
                    case "max_turns": settings.maxTurns = n
                    case "max_tool_errors": settings.maxToolErrors = n
                    default: d.append(Diagnostic(at: pair.keyLocation, "unknown key '\(pair.key)' in domain.yaml limits; expected max_turns, max_tool_errors"))
                    }
                }
            } else {
                d.append(Diagnostic(at: limits.location, "domain.yaml 'limits' must be a mapping"))
            }
        }
        let name = string("name")
        let manifest = PackManifest(
            name: name ?? "", title: string("title", default: name ?? "") ?? "", builtinTools: builtin ?? "",
            policyFile: string("policy", default: "policy.md") ?? "policy.md", dbFile: string("db", default: "db.json") ?? "db.json",
            scenariosFolder: string("scenarios", default: "scenarios") ?? "scenarios", settings: settings)
        return (d.contains { $0.severity == .error } ? nil : manifest, d)
    }
}
