extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Without leading and trailing whitespace.
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }

    /// Underscores as spaces: `order_id` → `order id`.
    public var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension JSONValue {
    /// The value as a person would say it: strings as they are, numbers in
    /// their JSON form, lists joined with commas; `nil` for objects and null.
    public var scalarText: String? {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): JSONWriter.format(d)
        case .bool(let b): b ? "yes" : "no"
        case .array(let items): items.compactMap(\.scalarText).joined(separator: ", ")
        default: nil
        }
    }
}
