/// Typed access to a tool call's arguments.
public struct ToolArguments: Sendable {
    public var values: JSONObject

    public init(_ values: JSONObject) { self.values = values }

    public func string(_ name: String) throws(ToolError) -> String {
        guard let s = values[name]?.stringValue else { throw ToolError("argument '\(name)' must be a string") }
        return s
    }

    public func optionalString(_ name: String) -> String? { values[name]?.stringValue }

    public func strings(_ name: String) throws(ToolError) -> [String] {
        guard let items = values[name]?.arrayValue else { throw ToolError("argument '\(name)' must be a list of strings") }
        var out: [String] = []
        for item in items {
            guard let s = item.stringValue else { throw ToolError("argument '\(name)' must be a list of strings") }
            out.append(s)
        }
        return out
    }

    public func int(_ name: String) throws(ToolError) -> Int {
        guard let i = values[name]?.intValue else { throw ToolError("argument '\(name)' must be an integer") }
        return i
    }

    public func number(_ name: String) throws(ToolError) -> Double {
        guard let d = values[name]?.numberValue else { throw ToolError("argument '\(name)' must be a number") }
        return d
    }

    public func bool(_ name: String) throws(ToolError) -> Bool {
        guard let b = values[name]?.boolValue else { throw ToolError("argument '\(name)' must be a boolean") }
        return b
    }

    public func value(_ name: String) -> JSONValue? { values[name] }
}
