import ParleyCore

extension RetailDomain {
    /// `modify_user_address`: changes a customer's default address.
    struct ModifyUserAddress: Tool {
        let spec = ToolSpec(
            name: "modify_user_address",
            description: "Change a customer's default address (existing orders keep theirs). Explain the change and get the customer's explicit yes before calling. Returns the updated profile.",
            parameters: [ToolParameter("user_id", .string, "The customer's user id, e.g. 'jane_doe_1234'.")] + RetailParameters.address,
            mutates: true
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let userId = try arguments.string("user_id")
            var user = try RetailRecords.user(userId, in: world)
            user["address"] = try RetailRecords.address(from: arguments)
            RetailRecords.save(user: user, id: userId, in: &world)
            return .json(.object(user))
        }
    }
}
