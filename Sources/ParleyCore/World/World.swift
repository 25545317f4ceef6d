/// A domain's database during one conversation: a JSON document with value
/// semantics. Copying a World is O(1); a tool's write copies only the
/// containers on the path it changes (the table, then the record).
public struct World: Sendable, Equatable {
    /// The whole state; an object whose members are the domain's tables.
    public var root: JSONValue

    public init(_ root: JSONValue) { self.root = root }

    /// The value at `pointer`.
    public subscript(pointer: JSONPointer) -> JSONValue? { root[pointer: pointer] }

    /// The table `name` (e.g. `"orders"`) as an object, empty when absent.
    public func table(_ name: String) -> JSONObject { root[name]?.objectValue ?? [:] }

    /// The record `key` of table `name`.
    public func record(_ name: String, _ key: String) -> JSONValue? { root[name]?[key] }

    /// In-place access to a record; `nil` when it does not exist.
    @discardableResult
    public mutating func modifyRecord<R>(_ table: String, _ key: String, _ body: (inout JSONValue) throws -> R) rethrows -> R? {
        try root.modify(table) { try $0.modify(key, body) } ?? nil
    }

    /// SHA-256 of the canonical serialisation (sorted keys, no whitespace):
    /// equal states have equal hashes whatever their key order.
    public var canonicalHash: String {
        SHA256.hex(JSONWriter(style: .canonical).bytes(root))
    }

    /// The field-level changes that turn `self` into `other`.
    public func diff(to other: World, ignoring ignored: [JSONPointer] = []) -> [StateChange] {
        StateDiff.changes(from: root, to: other.root, ignoring: ignored)
    }
}
