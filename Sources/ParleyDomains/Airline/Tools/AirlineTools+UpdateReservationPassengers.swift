import ParleyCore

extension AirlineTools {
    /// Replaces the passenger details of a reservation (same number of passengers).
    struct UpdateReservationPassengers: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "update_reservation_passengers",
                description: "Replace the details of the passengers on a reservation. The number of passengers cannot change.",
                parameters: [
                    ToolParameter("reservation_id", .string, "The reservation code, e.g. 'ZFA04Y'."),
                    ToolParameter("passengers", .array(of: .object), "Every passenger of the reservation, in order, each with first_name, last_name and dob (YYYY-MM-DD)."),
                ],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            var passengers: [JSONValue] = []
            for item in try arguments.airlineObjects("passengers") {
                passengers.append(.object(try AirlineValidation.validate(item, as: AirlineValidation.passenger, title: "Passenger")))
            }
            let id = try arguments.string("reservation_id")
            let reservation = try AirlineRecords.reservation(id, in: world)
            guard passengers.count == reservation["passengers"]?.arrayValue?.count ?? 0 else {
                throw ToolError("Number of passengers does not match")
            }
            world.modifyRecord("reservations", id) { $0.set("passengers", to: .array(passengers)) }
            return .json(AirlineModels.reservation.dump(world.record("reservations", id) ?? .null))
        }
    }
}
