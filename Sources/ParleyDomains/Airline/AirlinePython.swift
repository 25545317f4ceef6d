import ParleyCore

/// How Python writes values where tau2's error messages show them: `repr`
/// of floats, strings and containers, and the text of a `KeyError`.
enum AirlinePython {
    /// `repr(x)` of a float: the shortest round-trip digits, fixed notation
    /// for decimal exponents in -4...15, scientific notation otherwise.
    static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let (negative, digits, point) = shortestDigits(x)
        let sign = negative ? "-" : ""
        if point > -4, point <= 16 {
            if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
            if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
            let cut = digits.index(digits.startIndex, offsetBy: point)
            return sign + digits[..<cut] + "." + digits[cut...]
        }
        let exponent = point - 1
        var mantissa = String(digits.first!)
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let magnitude = String(abs(exponent))
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
    }

    /// The shortest digits of `x` (no leading or trailing zeros, "0" for
    /// zero) and the decimal point's position: `x = 0.d1d2… × 10^point`.
    /// Swift's `description` already picks the same digits as Python.
    private static func shortestDigits(_ x: Double) -> (negative: Bool, digits: String, point: Int) {
        var text = Substring(x.description)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let integerPart = text.prefix { $0 != "." }
        let fraction = text.dropFirst(integerPart.count + 1)
        var digits = Array(integerPart + fraction)
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return (negative, "0", 1) }
        return (negative, String(digits), point)
    }

    /// `repr(s)` of a string: single quotes unless the text holds a single
    /// quote and no double quote; control characters escaped.
    static func repr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value) || scalar.value == 0xAD {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// `repr` of the Python value a JSON value loads as.
    static func repr(_ value: JSONValue) -> String {
        switch value {
        case .null: "None"
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .double(let d): repr(d)
        case .string(let s): repr(s)
        case .array(let items): "[" + items.map { repr($0) }.joined(separator: ", ") + "]"
        case .object(let o): "{" + o.map { repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// The Python type name of the value a JSON value loads as.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .double: "float"
        case .string: "str"
        case .array: "list"
        case .object: "dict"
        }
    }

    /// `str(KeyError(key))`, the message of a failed dictionary lookup.
    static func keyError(_ key: String) -> ToolError { ToolError(repr(key)) }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
