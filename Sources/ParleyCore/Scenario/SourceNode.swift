import Yams

/// A parsed YAML or JSON document that remembers where each value was, so
/// that every load error can point at a line and column.
public indirect enum SourceNode: Sendable {
    case scalar(String, isPlain: Bool, SourceLocation)
    case sequence([SourceNode], SourceLocation)
    case mapping([(key: String, keyLocation: SourceLocation, value: SourceNode)], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(_, _, let l), .sequence(_, let l), .mapping(_, let l): l
        }
    }

    public var kindName: String {
        switch self {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// Parses every document of a YAML (or JSON) text.
    public static func parseAll(yaml: String, file: String) throws(DiagnosticsError) -> [SourceNode] {
        do {
            var nodes: [SourceNode] = []
            var documents = try Yams.compose_all(yaml: yaml)
            while let node = documents.next() {
                nodes.append(try convert(node, file: file))
            }
            // The sequence stops at a syntax error and keeps it.
            if let error = documents.error { throw error }
            return nodes
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticsError([Diagnostic(at: location(of: error, file: file), "invalid YAML: \(summary(of: error))")])
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "invalid YAML: \(error)")])
        }
    }

    private static func convert(_ node: Node, file: String) throws -> SourceNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain, location)
        case .sequence(let sequence):
            return .sequence(try sequence.map { try convert($0, file: file) }, location)
        case .mapping(let mapping):
            var pairs: [(key: String, keyLocation: SourceLocation, value: SourceNode)] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                guard let name = key.scalar?.string else {
                    throw DiagnosticsError([Diagnostic(at: keyLocation, "mapping keys must be plain strings")])
                }
                if pairs.contains(where: { $0.key == name }) {
                    throw DiagnosticsError([Diagnostic(at: keyLocation, "duplicate key '\(name)'")])
                }
                pairs.append((name, keyLocation, try convert(value, file: file)))
            }
            return .mapping(pairs, location)
        case .alias:
            throw DiagnosticsError([Diagnostic(at: location, "YAML aliases are not supported in scenario files")])
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            String(describing: error)
        }
    }

    /// The node as a JSON value. Plain scalars are typed as YAML types them
    /// (null, booleans, integers, floats); quoted scalars stay strings.
    public var jsonValue: JSONValue {
        switch self {
        case .scalar(let text, let isPlain, _):
            guard isPlain else { return .string(text) }
            return Self.typedScalar(text)
        case .sequence(let items, _):
            return .array(items.map(\.jsonValue))
        case .mapping(let pairs, _):
            var object = JSONObject()
            for pair in pairs { object[pair.key] = pair.value.jsonValue }
            return .object(object)
        }
    }

    static func typedScalar(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let i = Int(text) { return .int(i) }
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let d = Double(text),
            text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true
        {
            return .double(d)
        }
        return .string(text)
    }
}
