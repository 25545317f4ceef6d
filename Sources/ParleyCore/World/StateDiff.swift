/// One field-level difference between two states.
public struct StateChange: Sendable, Equatable {
    public enum Operation: String, Sendable { case add, remove, replace }

    public var path: JSONPointer
    public var op: Operation
    /// The value before; `nil` for `add`.
    public var before: JSONValue?
    /// The value after; `nil` for `remove`.
    public var after: JSONValue?

    public init(path: JSONPointer, op: Operation, before: JSONValue?, after: JSONValue?) {
        self.path = path
        self.op = op
        self.before = before
        self.after = after
    }

    /// As the `db_diff` records of tau2-bench's expected results:
    /// `{path, op, before, after}` with null for a missing side.
    public var json: JSONValue {
        ["path": .string(path.description), "op": .string(op.rawValue), "before": before ?? .null, "after": after ?? .null]
    }
}

/// Structural diff of JSON documents: objects compared key by key, arrays
/// index by index (a longer or shorter array gives `add`/`remove` at its tail).
public enum StateDiff {
    public static func changes(from a: JSONValue, to b: JSONValue, ignoring ignored: [JSONPointer] = []) -> [StateChange] {
        var out: [StateChange] = []
        walk(a, b, at: JSONPointer(), ignoring: ignored, into: &out)
        return out
    }

    private static func walk(_ a: JSONValue, _ b: JSONValue, at path: JSONPointer, ignoring ignored: [JSONPointer], into out: inout [StateChange]) {
        if ignored.contains(where: { path.isWithin($0) }) { return }
        switch (a, b) {
        case let (.object(x), .object(y)):
            if JSONValue.sameStorage(x, y) { return }
            for key in Set(x.keys).union(y.keys).sorted(by: JSONWriter.codePointOrder) {
                let child = path.appending(key)
                switch (x[key], y[key]) {
                case let (old?, new?): walk(old, new, at: child, ignoring: ignored, into: &out)
                case let (old?, nil): record(.init(path: child, op: .remove, before: old, after: nil), ignoring: ignored, into: &out)
                case let (nil, new?): record(.init(path: child, op: .add, before: nil, after: new), ignoring: ignored, into: &out)
                case (nil, nil): break
                }
            }
        case let (.array(x), .array(y)):
            for i in 0..<max(x.count, y.count) {
                let child = path.appending(String(i))
                if i < x.count, i < y.count {
                    walk(x[i], y[i], at: child, ignoring: ignored, into: &out)
                } else if i < x.count {
                    record(.init(path: child, op: .remove, before: x[i], after: nil), ignoring: ignored, into: &out)
                } else {
                    record(.init(path: child, op: .add, before: nil, after: y[i]), ignoring: ignored, into: &out)
                }
            }
        default:
            if a != b { out.append(.init(path: path, op: .replace, before: a, after: b)) }
        }
    }

    private static func record(_ change: StateChange, ignoring ignored: [JSONPointer], into out: inout [StateChange]) {
        if !ignored.contains(where: { change.path.isWithin($0) }) { out.append(change) }
    }
}
