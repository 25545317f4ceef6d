import ParleyCore

/// Pricing a swap of order items for other variants of the same products,
/// shared by exchanges (delivered orders) and item changes (pending ones).
struct RetailItemSwap {
    /// The sum of (new price − old price) over the pairs, unrounded and
    /// added in list order as upstream adds it; nil when there are no
    /// pairs (upstream's sum then stays the integer 0).
    var difference: Double?
    /// The variant of the last pair: upstream gives its price and options
    /// to every item it rewrites.
    var lastVariant: JSONObject?

    /// Checks and prices each (old, new) pair, failing on the first bad one.
    init(_ pairs: Zip2Sequence<[String], [String]>, in order: JSONObject, world: World, rejectingUnchanged: Bool) throws(ToolError) {
        let items = RetailOrder.items(order)
        for (oldId, newId) in pairs {
            if rejectingUnchanged, oldId == newId {
                throw ToolError("The new item id should be different from the old item id")
            }
            guard let item = items.first(where: { $0["item_id"]?.stringValue == oldId })?.objectValue else {
                throw ToolError("Item \(oldId) not found")
            }
            let variant = try RetailRecords.variant(newId, ofProduct: item.text("product_id"), in: world)
            guard variant["available"]?.boolValue == true else {
                throw ToolError("New item \(newId) not found or available")
            }
            let change = (variant["price"]?.numberValue ?? 0) - (item["price"]?.numberValue ?? 0)
            difference = (difference ?? 0) + change
            lastVariant = variant
        }
    }
}
