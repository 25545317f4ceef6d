@testable import ParleyCore

/// A tiny shop domain for tests that must not depend on the built-in ones.
enum Shop {
    struct FindUser: Tool {
        var spec: ToolSpec {
            ToolSpec(name: "find_user", description: "Find a user by email.", parameters: [ToolParameter("email", .string, "Email.")], mutates: false)
        }
        func run(_ a: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let email = try a.string("email")
            guard let (id, _) = world.table("users").first(where: { $0.value["email"]?.stringValue == email }) else { throw ToolError("User not found") }
            return .text(id)
        }
    }

    struct GetOrder: Tool {
        var spec: ToolSpec {
            ToolSpec(name: "get_order", description: "Read an order.", parameters: [ToolParameter("order_id", .string, "Order.")], mutates: false)
        }
        func run(_ a: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            guard let order = world.record("orders", try a.string("order_id")) else { throw ToolError("Order not found") }
            return .json(order)
        }
    }

    struct CancelOrder: Tool {
        var spec: ToolSpec {
            ToolSpec(name: "cancel_order", description: "Cancel a pending order.", parameters: [ToolParameter("order_id", .string, "Order.")], mutates: true)
        }
        func run(_ a: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let id = try a.string("order_id")
            guard let order = world.record("orders", id) else { throw ToolError("Order not found") }
            guard order["status"] == "pending" else { throw ToolError("Non-pending order cannot be cancelled") }
            world.modifyRecord("orders", id) { $0.set("status", to: "cancelled") }
            return .json(world.record("orders", id)!)
        }
    }

    static let domain = Domain(
        name: "shop", tools: [FindUser(), GetOrder(), CancelOrder()],
        rules: DomainRules(authenticationTools: ["find_user"], transferTool: nil, owner: { call, world in
            if let id = call.arguments["order_id"]?.stringValue { return world.record("orders", id)?["user_id"]?.stringValue }
            return nil
        }))

    static let world = World([
        "users": ["ava": ["email": "ava@example.com"], "bob": ["email": "bob@example.com"]],
        "orders": ["#W1": ["user_id": "ava", "status": "pending", "total": 10.0], "#W2": ["user_id": "bob", "status": "pending", "total": 20.0]],
    ])

    static func scenario(outputs: [String] = [], forbidden: [ForbiddenCall] = [], confirm: Bool = true) -> Scenario {
        Scenario(
            id: "cancel-w1", tags: ["cancel"],
            user: UserProfile(
                instructions: "Cancel order #W1.", known: ["email": "ava@example.com", "order_id": "#W1"],
                script: UserScript(opening: "Please cancel order #W1.", confirm: confirm)),
            expected: Expectations(
                actions: [GoldAction(ToolCall(name: "find_user", arguments: ["email": "ava@example.com"])),
                          GoldAction(ToolCall(name: "cancel_order", arguments: ["order_id": "#W1"]))],
                outputs: outputs, forbidden: forbidden))
    }
}

/// Builds transcripts by hand for checker tests.
struct TranscriptBuilder {
    var domain = Shop.domain
    var world = Shop.world
    var entries: [TranscriptEntry] = []
    var turn = 0

    mutating func user(_ text: String) {
        turn += 1
        entries.append(TranscriptEntry(kind: .user, turn: turn, text: text))
    }

    mutating func agent(_ text: String) { entries.append(TranscriptEntry(kind: .agent, turn: turn, text: text)) }

    mutating func call(_ name: String, _ arguments: JSONObject) {
        let call = ToolCall(name: name, arguments: arguments)
        let owner = domain.rules.owner(call, world)
        let outcome = domain.invoke(call, in: &world)
        entries.append(TranscriptEntry(kind: .tool, turn: turn, text: outcome.output, call: call, isError: outcome.isError, mutates: outcome.mutates, owner: owner))
    }

    func transcript(_ end: EndReason = .userStop) -> Transcript { Transcript(entries: entries, endReason: end, turns: turn) }
}
