/// The type of a tool parameter, as JSON Schema names it.
public indirect enum ParameterType: Sendable, Equatable {
    case string, integer, number, boolean, object
    case array(of: ParameterType)

    var schema: JSONValue {
        switch self {
        case .string: ["type": "string"]
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        case .boolean: ["type": "boolean"]
        case .object: ["type": "object"]
        case .array(let element): ["type": "array", "items": element.schema]
        }
    }

    /// Whether `value` has this type (an integer is also a number).
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.integer, .int), (.number, .int), (.number, .double), (.boolean, .bool), (.object, .object):
            true
        case (.array(let element), .array(let items)):
            items.allSatisfy(element.accepts)
        default:
            false
        }
    }

    public var name: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .object: "object"
        case .array(let element): "array of \(element.name)"
        }
    }
}

/// One parameter of a tool.
public struct ToolParameter: Sendable, Equatable {
    public var name: String
    public var type: ParameterType
    public var description: String
    public var isRequired: Bool

    public init(_ name: String, _ type: ParameterType, _ description: String, required: Bool = true) {
        self.name = name
        self.type = type
        self.description = description
        self.isRequired = required
    }
}

/// What an agent is told about a tool, and whether it writes.
public struct ToolSpec: Sendable, Equatable {
    public var name: String
    public var description: String
    public var parameters: [ToolParameter]
    /// Whether the tool can change the state (tau2-bench's "write" tools).
    public var mutates: Bool

    public init(name: String, description: String, parameters: [ToolParameter], mutates: Bool) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.mutates = mutates
    }

    /// The parameters as a JSON Schema object, as function-calling APIs take it.
    public var parametersSchema: JSONValue {
        var properties = JSONObject()
        for p in parameters {
            var schema = p.type.schema
            schema.set("description", to: .string(p.description))
            properties[p.name] = schema
        }
        return [
            "type": "object",
            "properties": .object(properties),
            "required": .array(parameters.filter(\.isRequired).map { .string($0.name) }),
            "additionalProperties": false,
        ]
    }

    /// Problems with `arguments` against the parameters: unknown names,
    /// missing required ones, wrong types. Empty when the call is well formed.
    public func problems(with arguments: JSONObject) -> [String] {
        var problems: [String] = []
        for key in arguments.keys where !parameters.contains(where: { $0.name == key }) {
            let known = parameters.map(\.name).joined(separator: ", ")
            problems.append("unknown argument '\(key)' for tool '\(name)' (expected one of: \(known))")
        }
        for p in parameters {
            guard let value = arguments[p.name] else {
                if p.isRequired { problems.append("missing required argument '\(p.name)' (\(p.type.name)) for tool '\(name)'") }
                continue
            }
            if !p.type.accepts(value) {
                problems.append("argument '\(p.name)' of tool '\(name)' must be \(p.type.name), got \(value.typeName)")
            }
        }
        return problems
    }
}
