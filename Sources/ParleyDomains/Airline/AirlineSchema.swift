import ParleyCore

/// The shape of one of tau2's pydantic models, enough to write a stored
/// record the way `model_dump()` does: fields in the model's declared order,
/// absent optional fields as null, unknown keys dropped, and numbers in the
/// field's type (`int` fields stay integers, `float` fields gain `.0`).
indirect enum AirlineSchema: Sendable {
    case string
    case int
    case float
    case list(AirlineSchema)
    case dict(AirlineSchema)
    case model([(String, AirlineSchema)])
    /// A union told apart by the literal value of one field (e.g. `source`).
    case tagged(by: String, [String: AirlineSchema])

    /// `value` as the model would dump it.
    func dump(_ value: JSONValue) -> JSONValue {
        switch (self, value) {
        case (.int, .double(let d)):
            if let i = Int(exactly: d) { return .int(i) }
            return value
        case (.float, .int(let i)):
            return .double(Double(i))
        case (.list(let element), .array(let items)):
            return .array(items.map(element.dump))
        case (.dict(let element), .object(let members)):
            var out = JSONObject()
            out.reserveCapacity(members.count)
            for (key, member) in members { out[key] = element.dump(member) }
            return .object(out)
        case (.model(let fields), .object(let members)):
            var out = JSONObject()
            out.reserveCapacity(fields.count)
            for (name, schema) in fields { out[name] = members[name].map(schema.dump) ?? .null }
            return .object(out)
        case (.tagged(let key, let variants), .object(let members)):
            guard let tag = members[key]?.stringValue, let variant = variants[tag] else { return value }
            return variant.dump(value)
        default:
            return value
        }
    }
}
