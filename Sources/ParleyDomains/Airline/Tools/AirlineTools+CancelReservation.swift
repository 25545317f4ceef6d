import ParleyCore

extension AirlineTools {
    /// Cancels a whole reservation and refunds every payment made for it.
    struct CancelReservation: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "cancel_reservation",
                description: "Cancel an entire reservation. Every payment on it is refunded to the method it came from.",
                parameters: [ToolParameter("reservation_id", .string, "The reservation code, e.g. 'ZFA04Y'.")],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let id = try arguments.string("reservation_id")
            let reservation = try AirlineRecords.reservation(id, in: world)
            // A refund is a negative copy of each payment already recorded,
            // refunds included; seats are not given back (tau2 does not).
            let refunds: [JSONValue] = (reservation["payment_history"]?.arrayValue ?? []).map { payment in
                ["payment_id": payment["payment_id"] ?? .null, "amount": .int(-AirlineRecords.int(payment["amount"]))]
            }
            world.modifyRecord("reservations", id) { record in
                record.modify("payment_history") { history in
                    for refund in refunds { history.append(refund) }
                }
                record.set("status", to: "cancelled")
            }
            return .json(AirlineModels.reservation.dump(world.record("reservations", id) ?? .null))
        }
    }
}
