extension JSONValue {
    /// Gives `body` in-place access to the member `key` of an object.
    ///
    /// The value is moved out of `self` while `body` runs so that the
    /// container stays uniquely referenced and is not copied: a write deep in
    /// a shared document copies only the containers on its path.
    /// Returns `nil` (and does not call `body`) if `self` is not an object or
    /// has no such member.
    @discardableResult
    public mutating func modify<R>(_ key: String, _ body: (inout JSONValue) throws -> R) rethrows -> R? {
        guard case .object(var object) = self, let index = object.index(forKey: key) else { return nil }
        self = .null
        defer { self = .object(object) }
        return try body(&object.values[index])
    }

    /// Gives `body` in-place access to the element `index` of an array.
    @discardableResult
    public mutating func modify<R>(index: Int, _ body: (inout JSONValue) throws -> R) rethrows -> R? {
        guard case .array(var array) = self, array.indices.contains(index) else { return nil }
        self = .null
        defer { self = .array(array) }
        return try body(&array[index])
    }

    /// Gives `body` in-place access to the value at `pointer`.
    @discardableResult
    public mutating func modify<R>(at pointer: JSONPointer, _ body: (inout JSONValue) throws -> R) rethrows -> R? {
        try modify(tokens: pointer.tokens[...], body)
    }

    private mutating func modify<R>(tokens: ArraySlice<String>, _ body: (inout JSONValue) throws -> R) rethrows -> R? {
        guard let first = tokens.first else { return try body(&self) }
        let rest = tokens.dropFirst()
        switch self {
        case .object:
            return try modify(first) { try $0.modify(tokens: rest, body) } ?? nil
        case .array:
            guard let i = Int(first) else { return nil }
            return try modify(index: i) { try $0.modify(tokens: rest, body) } ?? nil
        default:
            return nil
        }
    }

    /// Sets the member `key` of an object (appending it if new); no effect on
    /// other values.
    public mutating func set(_ key: String, to value: JSONValue) {
        guard case .object(var object) = self else { return }
        self = .null
        object[key] = value
        self = .object(object)
    }

    /// Removes the member `key` of an object.
    public mutating func remove(_ key: String) {
        guard case .object(var object) = self else { return }
        self = .null
        object.removeValue(forKey: key)
        self = .object(object)
    }

    /// Appends to an array; no effect on other values.
    public mutating func append(_ element: JSONValue) {
        guard case .array(var array) = self else { return }
        self = .null
        array.append(element)
        self = .array(array)
    }
}
