import ParleyCore

extension RetailDomain {
    /// `get_user_details`: a customer's profile, payment methods and order ids.
    struct GetUserDetails: Tool {
        let spec = ToolSpec(
            name: "get_user_details",
            description: "Get a customer's profile: name, default address, email, saved payment methods (with gift card balances) and the ids of their orders.",
            parameters: [
                ToolParameter("user_id", .string, "The customer's user id, e.g. 'jane_doe_1234'."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .json(.object(try RetailRecords.user(try arguments.string("user_id"), in: world)))
        }
    }
}
