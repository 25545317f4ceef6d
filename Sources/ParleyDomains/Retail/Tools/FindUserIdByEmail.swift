import ParleyCore

extension RetailDomain {
    /// `find_user_id_by_email`: authenticates a customer by email.
    struct FindUserIdByEmail: Tool {
        let spec = ToolSpec(
            name: "find_user_id_by_email",
            description: "Look up a customer's user id from their email address. This is the preferred way to identify a customer; the match ignores letter case.",
            parameters: [
                ToolParameter("email", .string, "The customer's email address, e.g. 'jane.doe@example.com'."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let email = try arguments.string("email").lowercased()
            for (userId, user) in world.table("users") where user["email"]?.stringValue?.lowercased() == email {
                return .text(userId)
            }
            throw ToolError("User not found")
        }
    }
}
