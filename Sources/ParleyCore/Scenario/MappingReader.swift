/// Reads the fields of one YAML mapping, recording a diagnostic for every
/// unknown key, missing field and wrong type instead of stopping at the first.
struct MappingReader {
    let node: SourceNode
    let context: String
    private(set) var pairs: [(key: String, keyLocation: SourceLocation, value: SourceNode)] = []

    /// Returns nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: SourceNode, context: String, allowed: [String], into diagnostics: inout [Diagnostic]) {
        guard case .mapping(let pairs, _) = node else {
            diagnostics.append(Diagnostic(at: node.location, "\(context) must be a mapping, found \(node.kindName)"))
            return nil
        }
        self.node = node
        self.context = context
        self.pairs = pairs
        for pair in pairs where !allowed.contains(pair.key) {
            let suggestion = allowed.first { $0.lowercased() == pair.key.lowercased() || Self.isClose($0, pair.key) }
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            diagnostics.append(Diagnostic(at: pair.keyLocation, "unknown key '\(pair.key)' in \(context)\(hint); expected one of: \(allowed.joined(separator: ", "))"))
        }
    }

    subscript(key: String) -> SourceNode? { pairs.first { $0.key == key }?.value }

    func required(_ key: String, into diagnostics: inout [Diagnostic]) -> SourceNode? {
        guard let value = self[key] else {
            diagnostics.append(Diagnostic(at: node.location, "\(context) is missing the required key '\(key)'"))
            return nil
        }
        return value
    }

    func string(_ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]) -> String? {
        guard let value = required ? self.required(key, into: &diagnostics) : self[key] else { return nil }
        return Self.string(value, field: "\(context).\(key)", into: &diagnostics)
    }

    func strings(_ key: String, into diagnostics: inout [Diagnostic]) -> [String] {
        guard let value = self[key] else { return [] }
        return Self.strings(value, field: "\(context).\(key)", into: &diagnostics)
    }

    func int(_ key: String, into diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = self[key] else { return nil }
        guard case .scalar(let text, true, _) = value, let i = Int(text), i > 0 else {
            diagnostics.append(Diagnostic(at: value.location, "\(context).\(key) must be a positive integer"))
            return nil
        }
        return i
    }

    func bool(_ key: String, into diagnostics: inout [Diagnostic]) -> Bool? {
        guard let value = self[key] else { return nil }
        switch value {
        case .scalar(let text, true, _) where ["true", "yes", "True", "Yes"].contains(text): return true
        case .scalar(let text, true, _) where ["false", "no", "False", "No"].contains(text): return false
        default:
            diagnostics.append(Diagnostic(at: value.location, "\(context).\(key) must be true or false"))
            return nil
        }
    }

    static func string(_ node: SourceNode, field: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard case .scalar(let text, _, _) = node else {
            diagnostics.append(Diagnostic(at: node.location, "\(field) must be a string, found \(node.kindName)"))
            return nil
        }
        return text
    }

    static func strings(_ node: SourceNode, field: String, into diagnostics: inout [Diagnostic]) -> [String] {
        guard case .sequence(let items, _) = node else {
            diagnostics.append(Diagnostic(at: node.location, "\(field) must be a list of strings, found \(node.kindName)"))
            return []
        }
        return items.compactMap { string($0, field: "\(field)[]", into: &diagnostics) }
    }

    static func sequence(_ node: SourceNode, field: String, into diagnostics: inout [Diagnostic]) -> [SourceNode] {
        guard case .sequence(let items, _) = node else {
            diagnostics.append(Diagnostic(at: node.location, "\(field) must be a list, found \(node.kindName)"))
            return []
        }
        return items
    }

    static func object(_ node: SourceNode, field: String, into diagnostics: inout [Diagnostic]) -> JSONObject? {
        guard case .object(let object) = node.jsonValue, case .mapping = node else {
            diagnostics.append(Diagnostic(at: node.location, "\(field) must be a mapping, found \(node.kindName)"))
            return nil
        }
        return object
    }

    static func pointer(_ node: SourceNode, field: String, into diagnostics: inout [Diagnostic]) -> JSONPointer? {
        guard let text = string(node, field: field, into: &diagnostics) else { return nil }
        guard let pointer = JSONPointer(text) else {
            diagnostics.append(Diagnostic(at: node.location, "\(field) must be a JSON pointer such as /orders/#W1001/status, got '\(text)'"))
            return nil
        }
        return pointer
    }

    /// One edit apart (a typo: a letter added, dropped, changed, or two swapped).
    static func isClose(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count {
            let differing = x.indices.filter { x[$0] != y[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
        }
        guard abs(x.count - y.count) == 1 else { return false }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        for i in long.indices where Array(long[..<i] + long[(i + 1)...]) == short { return true }
        return false
    }
}
