import ParleyCore

extension RetailDomain {
    /// `list_all_product_types`: every product name with its product id.
    struct ListAllProductTypes: Tool {
        let spec = ToolSpec(
            name: "list_all_product_types",
            description: "List every product type the store sells, as a JSON object from product name to product id, sorted by name.",
            parameters: [],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            // Upstream builds a name → id dict (a later duplicate name wins)
            // and returns json.dumps(..., sort_keys=True) as a string.
            var byName: [String: JSONValue] = [:]
            for (_, product) in world.table("products") {
                guard let name = product["name"]?.stringValue else { continue }
                byName[name] = product["product_id"] ?? .null
            }
            var sorted = JSONObject()
            for name in byName.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
                sorted[name] = byName[name]
            }
            return .text(JSONValue.object(sorted).pythonText)
        }
    }
}
