/// A domain: its tools and what the rule checker must know about them.
public struct Domain: Sendable {
    public var name: String
    public var tools: [any Tool]
    public var rules: DomainRules

    public init(name: String, tools: [any Tool], rules: DomainRules) {
        self.name = name
        self.tools = tools
        self.rules = rules
    }

    public func tool(named name: String) -> (any Tool)? { tools.first { $0.spec.name == name } }

    public var specs: [ToolSpec] { tools.map(\.spec) }

    /// Runs `call` against `world`. Never throws: an unknown tool, malformed
    /// arguments or the tool's refusal all become an error outcome, and a
    /// failed call leaves `world` unchanged.
    public func invoke(_ call: ToolCall, in world: inout World) -> ToolOutcome {
        guard let tool = tool(named: call.name) else {
            return Self.failure("Tool '\(call.name)' not found.", mutates: false)
        }
        let spec = tool.spec
        if let problem = spec.problems(with: call.arguments).first {
            return Self.failure(problem, mutates: spec.mutates)
        }
        var scratch = world
        do {
            let result = try tool.run(ToolArguments(call.arguments), in: &scratch)
            world = scratch
            return ToolOutcome(output: result.output, isError: false, mutates: spec.mutates)
        } catch {
            return Self.failure(error.message, mutates: spec.mutates)
        }
    }

    private static func failure(_ message: String, mutates: Bool) -> ToolOutcome {
        ToolOutcome(output: "Error: " + message, isError: true, errorMessage: message, mutates: mutates)
    }
}

/// What the trajectory rules need to know about a domain's tools.
public struct DomainRules: Sendable {
    /// Tools whose successful result is the id of the user who proved who they are.
    public var authenticationTools: Set<String>
    /// The tool that hands the conversation to a human.
    public var transferTool: String?
    /// The user whose data `call` reads or changes, judged on the state
    /// before the call; `nil` when the call concerns no particular user.
    public var owner: @Sendable (ToolCall, World) -> String?

    public init(authenticationTools: Set<String> = [], transferTool: String? = nil, owner: @escaping @Sendable (ToolCall, World) -> String? = { _, _ in nil }) {
        self.authenticationTools = authenticationTools
        self.transferTool = transferTool
        self.owner = owner
    }
}
