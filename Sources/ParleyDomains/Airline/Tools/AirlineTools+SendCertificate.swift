import ParleyCore

extension AirlineTools {
    /// Gives a user a travel certificate (compensation).
    struct SendCertificate: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "send_certificate",
                description: "Add a travel certificate of the given value to a user's payment methods, as compensation. Use with care: only when the policy allows it.",
                parameters: [
                    ToolParameter("user_id", .string, "The user's id, e.g. 'sara_doe_496'."),
                    ToolParameter("amount", .integer, "The certificate's value in dollars."),
                ],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let userID = try arguments.string("user_id")
            let amount = try arguments.int("amount")
            let user = try AirlineRecords.user(userID, in: world)
            let methods = user["payment_methods"]?.objectValue ?? [:]
            guard let id = AirlineTools.newCertificateIDs.first(where: { methods[$0] == nil }) else {
                throw ToolError("Too many certificates")
            }
            let certificate: JSONValue = ["source": "certificate", "id": .string(id), "amount": .double(Double(amount))]
            world.modifyRecord("users", userID) { $0.modify("payment_methods") { $0.set(id, to: certificate) } }
            return .text("Certificate \(id) added to user \(userID) with amount \(amount).")
        }
    }
}
