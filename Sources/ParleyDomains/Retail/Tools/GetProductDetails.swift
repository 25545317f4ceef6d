import ParleyCore

extension RetailDomain {
    /// `get_product_details`: a product and all its variants.
    struct GetProductDetails: Tool {
        let spec = ToolSpec(
            name: "get_product_details",
            description: "Get a product type and every variant of it: each variant's item id, options, price and whether it is in stock.",
            parameters: [
                ToolParameter("product_id", .string, "The product id, e.g. '1234567890'. A product id is not an item id."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .json(.object(try RetailRecords.product(try arguments.string("product_id"), in: world)))
        }
    }
}
