import ParleyCore

extension AirlineTools {
    /// Reads a user's profile: payment methods, saved passengers, membership
    /// and reservation ids.
    struct GetUserDetails: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "get_user_details",
                description: "Look up a user's profile: name, address, email, date of birth, saved payment methods, saved passengers, membership level and reservation ids.",
                parameters: [ToolParameter("user_id", .string, "The user's id, e.g. 'sara_doe_496'.")],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let user = try AirlineRecords.user(try arguments.string("user_id"), in: world)
            return .json(AirlineModels.user.dump(.object(user)))
        }
    }
}
