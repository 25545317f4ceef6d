import ParleyCore

/// The flight search behind both search tools: flights in the order the
/// database keeps them, available on the date, optionally leaving at or
/// after a time (compared as text, as tau2 does, so "02:30:00+1" sorts
/// after "02:30:00").
enum AirlineFlightSearch {
    static func direct(on date: String, from origin: String?, to destination: String?, leavingAfter earliest: String? = nil, in world: World) -> [JSONObject] {
        var results: [JSONObject] = []
        for (_, record) in world.table("flights") {
            guard let flight = record.objectValue else { continue }
            if let origin, flight["origin"]?.stringValue != origin { continue }
            if let destination, flight["destination"]?.stringValue != destination { continue }
            guard let instance = flight["dates"]?[date], instance["status"]?.stringValue == "available" else { continue }
            let departure = flight["scheduled_departure_time_est"]?.stringValue ?? ""
            // Python compares `str` by code point, which is UTF-8 byte order.
            if let earliest, departure.utf8.lexicographicallyPrecedes(earliest.utf8) { continue }
            results.append(found(flight, instance))
        }
        return results
    }

    /// A search result as tau2's `DirectFlight` model writes it; `date` is null
    /// until the caller sets it.
    private static func found(_ flight: JSONObject, _ instance: JSONValue) -> JSONObject {
        let result: JSONValue = [
            "flight_number": flight["flight_number"] ?? .null,
            "origin": flight["origin"] ?? .null,
            "destination": flight["destination"] ?? .null,
            "status": "available",
            "scheduled_departure_time_est": flight["scheduled_departure_time_est"] ?? .null,
            "scheduled_arrival_time_est": flight["scheduled_arrival_time_est"] ?? .null,
            "date": .null,
            "available_seats": instance["available_seats"] ?? .null,
            "prices": instance["prices"] ?? .null,
        ]
        return AirlineModels.directFlight.dump(result).objectValue ?? [:]
    }
}
