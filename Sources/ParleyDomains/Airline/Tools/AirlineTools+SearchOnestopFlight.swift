import ParleyCore

extension AirlineTools {
    /// Lists pairs of flights that connect two airports through a third.
    struct SearchOnestopFlight: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "search_onestop_flight",
                description: "Find itineraries with one connection from one airport to another starting on a given date: pairs of flights where the second leaves the connecting airport after the first lands.",
                parameters: [
                    ToolParameter("origin", .string, "Departure airport as a three-letter IATA code, e.g. 'JFK'."),
                    ToolParameter("destination", .string, "Final arrival airport as a three-letter IATA code, e.g. 'LAX'."),
                    ToolParameter("date", .string, "Date of the first flight as YYYY-MM-DD, e.g. '2024-05-20'."),
                ],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let origin = try arguments.string("origin")
            let destination = try arguments.string("destination")
            let date = try arguments.string("date")
            var pairs: [JSONValue] = []
            for var first in AirlineFlightSearch.direct(on: date, from: origin, to: nil, in: world) {
                first["date"] = .string(date)
                let arrival = first["scheduled_arrival_time_est"]?.stringValue ?? ""
                var connectionDate = date
                if arrival.contains("+1") { connectionDate = try Self.nextDay(after: date) }
                let seconds = AirlineFlightSearch.direct(
                    on: connectionDate, from: first["destination"]?.stringValue, to: destination,
                    leavingAfter: arrival, in: world)
                for var second in seconds {
                    second["date"] = .string(connectionDate)
                    pairs.append([.object(first), .object(second)])
                }
            }
            return .json(.array(pairs))
        }

        /// tau2's next day: always in May 2024, the day from the date's last
        /// two characters plus one, without zero padding ("2024-05-6").
        static func nextDay(after date: String) throws(ToolError) -> String {
            let tail = String(String.UnicodeScalarView(date.unicodeScalars.suffix(2)))
            guard let day = pythonInt(tail) else {
                throw ToolError("invalid literal for int() with base 10: \(AirlinePython.repr(tail))")
            }
            return "2024-05-\(day + 1)"
        }

        /// Python's `int(text)` for short text: surrounding spaces, a sign, digits.
        private static func pythonInt(_ text: String) -> Int? {
            let trimmed = text.unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            var scalars = Array(trimmed)
            var sign = 1
            if let first = scalars.first, first == "+" || first == "-" {
                sign = first == "-" ? -1 : 1
                scalars.removeFirst()
            }
            guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return sign * scalars.reduce(0) { $0 * 10 + Int($1.value - 48) }
        }
    }
}
