import ParleyCore

/// Checks the objects a tool builds models from (flights, passengers,
/// payments, the new reservation's choices) as tau2's pydantic models do, and
/// words a refusal as pydantic's `ValidationError` does, so that the agent
/// receives the same text as under tau2.
enum AirlineValidation {
    /// The pydantic minor version named in the documentation links of messages.
    static let pydanticVersion = "2.11"

    /// What a field accepts.
    enum Field: Sendable {
        case string
        case int
        case literal([String])
    }

    static let flightInfo: [(String, Field)] = [("flight_number", .string), ("date", .string)]
    static let passenger: [(String, Field)] = [("first_name", .string), ("last_name", .string), ("dob", .string)]
    static let payment: [(String, Field)] = [("payment_id", .string), ("amount", .int)]

    /// One failed field, as pydantic reports it.
    struct Problem {
        var field: String
        var message: String
        var type: String
        var input: JSONValue
    }

    /// Builds model `title` from `input`: the declared fields, in order,
    /// coerced as pydantic's lax mode does; other keys are dropped.
    static func validate(_ input: JSONObject, as fields: [(String, Field)], title: String) throws(ToolError) -> JSONObject {
        var out = JSONObject()
        var problems: [Problem] = []
        for (name, field) in fields {
            guard let value = input[name] else {
                problems.append(Problem(field: name, message: "Field required", type: "missing", input: .object(input)))
                continue
            }
            switch coerce(value, to: field) {
            case .success(let coerced): out[name] = coerced
            case .failure(let problem): problems.append(Problem(field: name, message: problem.message, type: problem.type, input: value))
            }
        }
        if !problems.isEmpty { throw ToolError(message(title: title, problems: problems)) }
        return out
    }

    /// The text of a `ValidationError` for model `title`.
    static func message(title: String, problems: [Problem]) -> String {
        let count = problems.count
        var lines = ["\(count) validation error\(count == 1 ? "" : "s") for \(title)"]
        for p in problems {
            lines.append(p.field)
            lines.append("  \(p.message) [type=\(p.type), input_value=\(truncated(AirlinePython.repr(p.input))), input_type=\(AirlinePython.typeName(p.input))]")
            lines.append("    For further information visit https://errors.pydantic.dev/\(pydanticVersion)/v/\(p.type)")
        }
        return lines.joined(separator: "\n")
    }

    private struct Failure: Error {
        var message: String
        var type: String
    }

    private static func coerce(_ value: JSONValue, to field: Field) -> Result<JSONValue, Failure> {
        switch field {
        case .string:
            if case .string = value { return .success(value) }
            return .failure(Failure(message: "Input should be a valid string", type: "string_type"))
        case .literal(let choices):
            if let s = value.stringValue, choices.contains(s) { return .success(value) }
            return .failure(Failure(message: "Input should be " + listing(choices), type: "literal_error"))
        case .int:
            return coerceInt(value)
        }
    }

    private static func coerceInt(_ value: JSONValue) -> Result<JSONValue, Failure> {
        switch value {
        case .int: return .success(value)
        case .bool(let b): return .success(.int(b ? 1 : 0))
        case .double(let d):
            if d.rounded(.towardZero) != d {
                return .failure(Failure(message: "Input should be a valid integer, got a number with a fractional part", type: "int_from_float"))
            }
            guard let i = Int(exactly: d) else {
                return .failure(Failure(message: "Unable to parse input string as an integer, exceeded maximum size", type: "int_parsing_size"))
            }
            return .success(.int(i))
        case .string(let s):
            if let i = parseIntText(s) { return .success(.int(i)) }
            return .failure(Failure(message: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing"))
        default:
            return .failure(Failure(message: "Input should be a valid integer", type: "int_type"))
        }
    }

    /// Integer text as lax mode reads it: optional sign, digits, and an
    /// optional fraction of zeros ("12", " -3 ", "12.0").
    private static func parseIntText(_ text: String) -> Int? {
        let blank: Set<Character> = [" ", "\t", "\n", "\r"]
        var body = Substring(text)
        while let first = body.first, blank.contains(first) { body = body.dropFirst() }
        while let last = body.last, blank.contains(last) { body = body.dropLast() }
        if let dot = body.firstIndex(of: ".") {
            let fraction = body[body.index(after: dot)...]
            guard fraction.allSatisfy({ $0 == "0" }) else { return nil }
            body = body[..<dot]
        }
        return Int(body)
    }

    /// `'a' or 'b'`, `'a', 'b' or 'c'`: how pydantic lists a literal's choices.
    private static func listing(_ choices: [String]) -> String {
        let quoted = choices.map { AirlinePython.repr($0) }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// pydantic shortens a long input's repr to its first 25 and last 24 bytes.
    private static func truncated(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count > 50 else { return text }
        var head = 25
        while head > 0, bytes[head] & 0xC0 == 0x80 { head -= 1 }
        var tail = bytes.count - 24
        while tail < bytes.count, bytes[tail] & 0xC0 == 0x80 { tail += 1 }
        return String(decoding: bytes[..<head], as: UTF8.self) + "..." + String(decoding: bytes[tail...], as: UTF8.self)
    }
}
