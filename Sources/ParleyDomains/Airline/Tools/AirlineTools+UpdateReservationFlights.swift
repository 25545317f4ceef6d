import ParleyCore

extension AirlineTools {
    /// Changes the flights and/or cabin of a reservation and settles the
    /// price difference.
    struct UpdateReservationFlights: Tool {
        var spec: ToolSpec {
            ToolSpec(
                name: "update_reservation_flights",
                description: "Change the flights and/or the cabin of a reservation. List every flight of the updated reservation, including the segments that stay the same. The price difference is charged to, or refunded to, a payment method from the user's profile (a gift card or a credit card; certificates cannot pay for changes).",
                parameters: [
                    ToolParameter("reservation_id", .string, "The reservation code, e.g. 'ZFA04Y'."),
                    ToolParameter("cabin", .string, "The cabin for the whole reservation: 'basic_economy', 'economy' or 'business'."),
                    ToolParameter("flights", .array(of: .object), "Every flight of the updated reservation, each with flight_number (e.g. 'HAT001') and date (YYYY-MM-DD)."),
                    ToolParameter("payment_id", .string, "The id of a payment method in the user's profile, e.g. 'credit_card_7815826' or 'gift_card_7815826'."),
                ],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            var requested: [JSONObject] = []
            for item in try arguments.airlineObjects("flights") {
                requested.append(try AirlineValidation.validate(item, as: AirlineValidation.flightInfo, title: "FlightInfo"))
            }
            let id = try arguments.string("reservation_id")
            let cabin = try arguments.string("cabin")
            let paymentID = try arguments.string("payment_id")
            let reservation = try AirlineRecords.reservation(id, in: world)
            let userID = reservation["user_id"]?.stringValue ?? ""
            _ = try AirlineRecords.user(userID, in: world)

            let oldFlights = reservation["flights"]?.arrayValue ?? []
            let travellers = reservation["passengers"]?.arrayValue?.count ?? 0
            let sameCabin = reservation["cabin"]?.stringValue == cabin
            var flights: [JSONValue] = []
            var price = 0
            for info in requested {
                let number = info["flight_number"]?.stringValue ?? ""
                let date = info["date"]?.stringValue ?? ""
                // A segment already booked keeps the price paid, but only when the cabin stays the same.
                if sameCabin, let kept = oldFlights.first(where: { $0["flight_number"]?.stringValue == number && $0["date"]?.stringValue == date }) {
                    price += AirlineRecords.int(kept["price"]) * travellers
                    flights.append(kept)
                    continue
                }
                let flight = try AirlineRecords.flight(number, in: world)
                let instance = try AirlineRecords.flightDate(number, date, in: world)
                guard instance["status"]?.stringValue == "available" else {
                    throw ToolError("Flight \(number) not available on date \(date)")
                }
                if try AirlineRecords.perCabin(instance["available_seats"], cabin) < travellers {
                    throw ToolError("Not enough seats on flight \(number)")
                }
                let fare = try AirlineRecords.perCabin(instance["prices"], cabin)
                price += fare * travellers
                flights.append([
                    "flight_number": .string(number), "origin": flight["origin"] ?? .null,
                    "destination": flight["destination"] ?? .null, "date": .string(date), "price": .int(fare),
                ])
            }
            // The difference with what the current flights cost; negative means a refund.
            price -= oldFlights.reduce(0) { $0 + AirlineRecords.int($1["price"]) } * travellers

            let payment = try AirlinePayments.chargeForUpdate(userID: userID, paymentID: paymentID, amount: price, in: &world)
            world.modifyRecord("reservations", id) { record in
                if let payment { record.modify("payment_history") { $0.append(payment) } }
                record.set("flights", to: .array(flights))
                record.set("cabin", to: .string(cabin))
            }
            // Seats are left as they are, as tau2 does.
            return .json(AirlineModels.reservation.dump(world.record("reservations", id) ?? .null))
        }
    }
}
