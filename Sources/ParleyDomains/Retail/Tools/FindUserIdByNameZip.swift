import ParleyCore

extension RetailDomain {
    /// `find_user_id_by_name_zip`: authenticates a customer by name and zip code.
    struct FindUserIdByNameZip: Tool {
        let spec = ToolSpec(
            name: "find_user_id_by_name_zip",
            description: "Look up a customer's user id from their first name, last name and zip code. Use it only when the customer cannot give an email address or the email lookup fails. Names match regardless of letter case; the zip code must match exactly.",
            parameters: [
                ToolParameter("first_name", .string, "The customer's first name, e.g. 'Jane'."),
                ToolParameter("last_name", .string, "The customer's last name, e.g. 'Doe'."),
                ToolParameter("zip", .string, "The zip code of the customer's default address, e.g. '10001'."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let first = try arguments.string("first_name").lowercased()
            let last = try arguments.string("last_name").lowercased()
            let zip = try arguments.string("zip")
            for (userId, user) in world.table("users") {
                guard let name = user["name"] else { continue }
                if name["first_name"]?.stringValue?.lowercased() == first,
                    name["last_name"]?.stringValue?.lowercased() == last,
                    user["address"]?["zip"]?.stringValue == zip
                {
                    return .text(userId)
                }
            }
            throw ToolError("User not found")
        }
    }
}
