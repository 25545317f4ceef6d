import ParleyCore

extension AirlineTools {
    /// Lists the direct flights between two airports that can be booked on a date.
    struct SearchDirectFlight: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "search_direct_flight",
                description: "Find nonstop flights from one airport to another that can be booked on a given date, with their times, seats left and prices per cabin.",
                parameters: [
                    ToolParameter("origin", .string, "Departure airport as a three-letter IATA code, e.g. 'JFK'."),
                    ToolParameter("destination", .string, "Arrival airport as a three-letter IATA code, e.g. 'LAX'."),
                    ToolParameter("date", .string, "Travel date as YYYY-MM-DD, e.g. '2024-05-20'."),
                ],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let flights = AirlineFlightSearch.direct(
                on: try arguments.string("date"), from: try arguments.string("origin"),
                to: try arguments.string("destination"), in: world)
            return .json(.array(flights.map { .object($0) }))
        }
    }
}
