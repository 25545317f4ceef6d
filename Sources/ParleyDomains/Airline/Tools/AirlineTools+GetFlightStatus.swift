import ParleyCore

extension AirlineTools {
    /// Reads the status of a flight on a date ("available", "landed", …).
    struct GetFlightStatus: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "get_flight_status",
                description: "Tell the status of a flight on a given date, such as available, delayed, on time, flying, landed or cancelled.",
                parameters: [
                    ToolParameter("flight_number", .string, "The flight number, e.g. 'HAT001'."),
                    ToolParameter("date", .string, "The date of the flight, as YYYY-MM-DD."),
                ],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let instance = try AirlineRecords.flightDate(try arguments.string("flight_number"), try arguments.string("date"), in: world)
            return .text(instance["status"]?.stringValue ?? "")
        }
    }
}
