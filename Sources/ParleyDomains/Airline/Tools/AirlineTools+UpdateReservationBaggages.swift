import ParleyCore

extension AirlineTools {
    /// Changes the number of checked bags on a reservation.
    struct UpdateReservationBaggages: Tool {
        /// The fee per checked bag beyond the free allowance.
        static let feePerBag = 50

        var spec: ToolSpec {
            ToolSpec(
                name: "update_reservation_baggages",
                description: "Set the checked-bag counts of a reservation. Each non-free bag added costs $50, charged to a payment method from the user's profile (a gift card or a credit card; certificates cannot pay for changes).",
                parameters: [
                    ToolParameter("reservation_id", .string, "The reservation code, e.g. 'ZFA04Y'."),
                    ToolParameter("total_baggages", .integer, "The new total number of checked bags."),
                    ToolParameter("nonfree_baggages", .integer, "The new number of checked bags that are paid for."),
                    ToolParameter("payment_id", .string, "The id of a payment method in the user's profile, e.g. 'credit_card_7815826' or 'gift_card_7815826'."),
                ],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let id = try arguments.string("reservation_id")
            let total = try arguments.int("total_baggages")
            let nonfree = try arguments.int("nonfree_baggages")
            let paymentID = try arguments.string("payment_id")
            let reservation = try AirlineRecords.reservation(id, in: world)
            let userID = reservation["user_id"]?.stringValue ?? ""
            _ = try AirlineRecords.user(userID, in: world)

            // Only bags added beyond those already paid for cost anything; removing bags refunds nothing.
            let price = Self.feePerBag * max(0, nonfree - AirlineRecords.int(reservation["nonfree_baggages"]))
            let payment = try AirlinePayments.chargeForUpdate(userID: userID, paymentID: paymentID, amount: price, in: &world)
            world.modifyRecord("reservations", id) { record in
                if let payment { record.modify("payment_history") { $0.append(payment) } }
                record.set("total_baggages", to: .int(total))
                record.set("nonfree_baggages", to: .int(nonfree))
            }
            return .json(AirlineModels.reservation.dump(world.record("reservations", id) ?? .null))
        }
    }
}
