import ParleyCore

extension RetailDomain {
    /// `modify_user_address`: changes a customer's default address.
    struct ModifyUserAddress: Tool {
        let spec = ToolSpec(
            name: "modify_user_address",
            description: "Change a customer's default address (existing orders keep theirs). Explain the change and get the customer's explicit yes before calling. Returns the updated profile.",
            parameters: [
                ToolParameter("user_id", .string, "The customer's user id, e.g. 'jane_doe_1234'."),
                ToolParameter("address1", .string, "First address line, e.g. '12 Oak Street'."),
                ToolParameter("address2", .string, "Second address line, e.g. 'Apt 4', or '' when there is none."),
                ToolParameter("city", .string, "City, e.g. 'Denver'."),
                ToolParameter("state", .string, "State, e.g. 'CO'."),
                ToolParameter("country", .string, "Country, e.g. 'USA'."),
                ToolParameter("zip", .string, "Zip code, e.g. '80202'."),
            ],
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
