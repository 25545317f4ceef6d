/// Which items of an order the user means, and which variants they want instead.
enum ItemChoice {
    /// The words that name a product: its full name, and its last word with
    /// and without a plural "s" ("Running Shoes" → "running shoes", "shoes", "shoe").
    static func names(of product: String) -> [String] {
        let words = Words(product).tokens
        guard let last = words.last else { return [] }
        var names = [words.joined(separator: " "), last]
        if last.hasSuffix("s"), last.count > 3 { names.append(String(last.dropLast())) } else { names.append(last + "s") }
        return names
    }

    /// The order's items whose product the user named; every item when the
    /// user means the whole order.
    static func items(of order: OrderRecord, in texts: [String], allowWholeOrder: Bool) -> [OrderItem] {
        let words = Words(texts.joined(separator: "\n"))
        let named = order.items.filter { words.containsAny(names(of: $0.name)) }
        if named.isEmpty, allowWholeOrder,
            words.containsAny(["everything", "all items", "all the items", "all of the items", "all of it", "whole order",
                               "entire order", "all of them", "both items", "both of them"])
        {
            return order.items
        }
        return named
    }

    /// The available variant the user asked for instead of `item`: every
    /// option it changes must be one the user mentioned, and among those the
    /// one changing the most mentioned options wins.
    static func replacement(for item: OrderItem, in product: ProductRecord, texts: [String]) -> ProductRecord.Variant? {
        let words = Words(texts.joined(separator: "\n"))
        let current = Dictionary(item.options.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var best: (variant: ProductRecord.Variant, score: Int)?
        for variant in product.variants where variant.available && variant.itemID != item.itemID {
            let changed = variant.options.filter { current[$0.key] != $0.value }
            guard !changed.isEmpty, changed.allSatisfy({ words.mentions(value: $0.value) }) else { continue }
            if best == nil || changed.count > best!.score { best = (variant, changed.count) }
        }
        return best?.variant
    }

    /// The variants matching most of the option values the user mentioned
    /// (all of them when the user mentioned none).
    static func matchingVariants(of product: ProductRecord, texts: [String]) -> [ProductRecord.Variant] {
        let words = Words(texts.joined(separator: "\n"))
        let scored = product.variants.map { v in (v, v.options.filter { words.mentions(value: $0.value) }.count) }
        let top = scored.map(\.1).max() ?? 0
        return top == 0 ? product.variants : scored.filter { $0.1 == top }.map(\.0)
    }

    /// The product the user named, among the store's product types.
    static func product(in types: [(name: String, id: String)], texts: [String]) -> (name: String, id: String)? {
        let words = Words(texts.joined(separator: "\n"))
        return types.first { words.contains(names(of: $0.name)[0]) } ?? types.first { words.containsAny(names(of: $0.name)) }
    }
}
