import ParleyCore

extension AirlineTools {
    /// Reads one reservation.
    struct GetReservationDetails: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "get_reservation_details",
                description: "Look up a reservation: its flights, passengers, cabin, baggage, insurance, payments and status.",
                parameters: [ToolParameter("reservation_id", .string, "The reservation code, e.g. '8JX2WO'.")],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let reservation = try AirlineRecords.reservation(try arguments.string("reservation_id"), in: world)
            return .json(AirlineModels.reservation.dump(.object(reservation)))
        }
    }
}
