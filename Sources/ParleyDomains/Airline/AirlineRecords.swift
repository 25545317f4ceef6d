import ParleyCore

/// Reads the airline tables (`flights`, `users`, `reservations`) of a World,
/// failing with tau2's messages when a key is unknown. Keys match exactly.
enum AirlineRecords {
    static func user(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        guard let user = world.record("users", id)?.objectValue else { throw ToolError("User \(id) not found") }
        return user
    }

    static func reservation(_ id: String, in world: World) throws(ToolError) -> JSONObject {
        guard let reservation = world.record("reservations", id)?.objectValue else { throw ToolError("Reservation \(id) not found") }
        return reservation
    }

    static func flight(_ number: String, in world: World) throws(ToolError) -> JSONObject {
        guard let flight = world.record("flights", number)?.objectValue else { throw ToolError("Flight \(number) not found") }
        return flight
    }

    /// The status record of flight `number` on `date`.
    static func flightDate(_ number: String, _ date: String, in world: World) throws(ToolError) -> JSONObject {
        let flight = try flight(number, in: world)
        guard let instance = flight["dates"]?[date]?.objectValue else { throw ToolError("Flight \(number) not found on date \(date)") }
        return instance
    }

    /// An `int` field: integers as stored, or whole floats.
    static func int(_ value: JSONValue?) -> Int {
        switch value {
        case .int(let i): i
        case .double(let d): Int(exactly: d) ?? 0
        default: 0
        }
    }

    /// A `float` field (balances): any number, as a double.
    static func float(_ value: JSONValue?) -> Double { value?.numberValue ?? 0 }

    /// `mapping[key]` for a dictionary keyed by cabin, failing as Python's
    /// `KeyError` does when the cabin is absent.
    static func perCabin(_ mapping: JSONValue?, _ cabin: String) throws(ToolError) -> Int {
        guard let value = mapping?[cabin] else { throw AirlinePython.keyError(cabin) }
        return int(value)
    }

    /// Runs `body` on the member `key` of the object at `path` in a table
    /// record (e.g. a user's payment method), in place.
    static func modify(_ world: inout World, _ table: String, _ id: String, _ path: [String], _ body: (inout JSONValue) -> Void) {
        world.modifyRecord(table, id) { record in
            record.modify(at: JSONPointer(tokens: path)) { body(&$0) }
        }
    }
}

extension ToolArguments {
    /// A list-of-objects argument (flights, passengers, payments).
    func airlineObjects(_ name: String) throws(ToolError) -> [JSONObject] {
        guard let items = values[name]?.arrayValue else { throw ToolError("argument '\(name)' must be a list of objects") }
        var out: [JSONObject] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard let object = item.objectValue else { throw ToolError("argument '\(name)' must be a list of objects") }
            out.append(object)
        }
        return out
    }
}
