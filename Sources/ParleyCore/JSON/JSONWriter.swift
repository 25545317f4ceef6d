/// Serialises `JSONValue`s in the styles Parley needs.
public struct JSONWriter: Sendable {
    public enum Style: Sendable {
        /// No whitespace, keys in stored order.
        case compact
        /// No whitespace, keys sorted by code point: the form that is hashed.
        case canonical
        /// Python's `json.dumps` defaults: `", "` and `": "` separators,
        /// non-ASCII escaped. Tool outputs use it, as tau2-bench does.
        case python
        /// Two-space indentation, keys in stored order.
        case pretty
    }

    public var style: Style
    public init(style: Style) { self.style = style }

    public func string(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out, indent: 0)
        return out
    }

    /// Writes `value` into `out`; used by hashing to avoid building a String.
    public func write(_ value: JSONValue, into out: inout [UInt8], indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: Self.format(d).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { writeSeparator(into: &out) }
                newline(into: &out, indent: indent + 1)
                write(item, into: &out, indent: indent + 1)
            }
            if !items.isEmpty { newline(into: &out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            let keys: [String] = style == .canonical ? object.keys.sorted(by: Self.codePointOrder) : Array(object.keys)
            for (i, key) in keys.enumerated() {
                if i > 0 { writeSeparator(into: &out) }
                newline(into: &out, indent: indent + 1)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if style == .python || style == .pretty { out.append(UInt8(ascii: " ")) }
                write(object[key]!, into: &out, indent: indent + 1)
            }
            if !keys.isEmpty { newline(into: &out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Python's `repr` of a float: shortest round-trip digits, `.0` kept on
    /// whole values. Swift's description already follows the same rules.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        // Swift turns to exponent notation from 2^53, Python only from 1e16;
        // every double in between is a whole number.
        if abs(d) >= 0x1p53, abs(d) < 1e16 { return String(Int64(d)) + ".0" }
        return d.description
    }

    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    private func writeSeparator(into out: inout [UInt8]) {
        out.append(UInt8(ascii: ","))
        if style == .python { out.append(UInt8(ascii: " ")) }
    }

    private func newline(into out: inout [UInt8], indent: Int) {
        guard style == .pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "\u{08}": out.append(contentsOf: "\\b".utf8)
            case "\u{0C}": out.append(contentsOf: "\\f".utf8)
            default:
                if scalar.value < 0x20 {
                    appendUnicodeEscape(UInt16(scalar.value), into: &out)
                } else if scalar.value > 0x7E, style == .python {
                    for unit in String(scalar).utf16 { appendUnicodeEscape(unit, into: &out) }
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private func appendUnicodeEscape(_ unit: UInt16, into out: inout [UInt8]) {
        let hex = String(unit, radix: 16)
        out.append(contentsOf: "\\u".utf8)
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
        out.append(contentsOf: hex.utf8)
    }
}

extension JSONValue {
    /// Compact JSON with keys in stored order.
    public var compactText: String { JSONWriter(style: .compact).string(self) }
    /// JSON as Python's `json.dumps` writes it.
    public var pythonText: String { JSONWriter(style: .python).string(self) }
    /// Indented JSON for people.
    public var prettyText: String { JSONWriter(style: .pretty).string(self) }
}
