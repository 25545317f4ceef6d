import ParleyCore

extension RetailDomain {
    /// `get_item_details`: one variant, found by its item id in any product.
    struct GetItemDetails: Tool {
        let spec = ToolSpec(
            name: "get_item_details",
            description: "Get one item (a specific variant of a product) by its item id: its options, price and whether it is in stock.",
            parameters: [
                ToolParameter("item_id", .string, "The item id, e.g. '1234567890'. An item id is not a product id."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .json(.object(try RetailRecords.item(try arguments.string("item_id"), in: world)))
        }
    }
}
