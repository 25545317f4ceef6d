import ParleyCore

extension AirlineTools {
    /// Books a new reservation and takes payment for it.
    struct BookReservation: Tool {
        static let insuranceFeePerPassenger = 30
        static let feePerBag = 50

        var spec: ToolSpec {
            ToolSpec(
                name: "book_reservation",
                description: "Book a new reservation for a user and pay for it. The price is the cabin fare of every flight for every passenger, plus $30 per passenger with travel insurance and $50 per non-free checked bag; the payments must add up to exactly that total.",
                parameters: [
                    ToolParameter("user_id", .string, "The id of the user booking, e.g. 'sara_doe_496'."),
                    ToolParameter("origin", .string, "IATA code of the trip's origin, e.g. 'SFO'."),
                    ToolParameter("destination", .string, "IATA code of the trip's destination, e.g. 'JFK'."),
                    ToolParameter("flight_type", .string, "'one_way' or 'round_trip'."),
                    ToolParameter("cabin", .string, "'basic_economy', 'economy' or 'business'."),
                    ToolParameter("flights", .array(of: .object), "Each flight of the trip, with flight_number (e.g. 'HAT001') and date (YYYY-MM-DD)."),
                    ToolParameter("passengers", .array(of: .object), "Each passenger, with first_name, last_name and dob (YYYY-MM-DD)."),
                    ToolParameter("payment_methods", .array(of: .object), "Each payment, with payment_id (a method in the user's profile) and amount in dollars."),
                    ToolParameter("total_baggages", .integer, "The total number of checked bags."),
                    ToolParameter("nonfree_baggages", .integer, "How many of the checked bags are paid for."),
                    ToolParameter("insurance", .string, "'yes' or 'no': whether to buy travel insurance."),
                ],
                mutates: true)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let flights = try Self.validated(arguments, "flights", AirlineValidation.flightInfo, "FlightInfo")
            let passengers = try Self.validated(arguments, "passengers", AirlineValidation.passenger, "Passenger")
            let payments = try Self.validated(arguments, "payment_methods", AirlineValidation.payment, "Payment")
            let userID = try arguments.string("user_id")
            let user = try AirlineRecords.user(userID, in: world)
            let reservations = world.table("reservations")
            guard let id = AirlineTools.newReservationIDs.first(where: { reservations[$0] == nil }) else {
                throw ToolError("Too many reservations")
            }
            let choices = try Self.choices(arguments)
            let cabin = choices.cabin

            // Check every flight and price the trip before touching anything.
            var booked: [JSONValue] = []
            var price = 0
            for info in flights {
                let number = info["flight_number"]?.stringValue ?? ""
                let date = info["date"]?.stringValue ?? ""
                let flight = try AirlineRecords.flight(number, in: world)
                let instance = try AirlineRecords.flightDate(number, date, in: world)
                guard instance["status"]?.stringValue == "available" else {
                    throw ToolError("Flight \(number) not available on date \(date)")
                }
                if try AirlineRecords.perCabin(instance["available_seats"], cabin) < passengers.count {
                    throw ToolError("Not enough seats on flight \(number)")
                }
                let fare = try AirlineRecords.perCabin(instance["prices"], cabin)
                booked.append([
                    "flight_number": .string(number), "origin": flight["origin"] ?? .null,
                    "destination": flight["destination"] ?? .null, "date": .string(date), "price": .int(fare),
                ])
                price += fare * passengers.count
            }
            if choices.insurance == "yes" { price += Self.insuranceFeePerPassenger * passengers.count }
            price += Self.feePerBag * (try arguments.int("nonfree_baggages"))

            let methods = user["payment_methods"]?.objectValue ?? [:]
            for payment in payments {
                let paymentID = payment["payment_id"]?.stringValue ?? ""
                guard let method = methods[paymentID] else { throw ToolError("Payment method \(paymentID) not found") }
                let source = method["source"]?.stringValue
                if source == "gift_card" || source == "certificate",
                    AirlineRecords.float(method["amount"]) < Double(AirlineRecords.int(payment["amount"]))
                {
                    throw ToolError("Not enough balance in payment method \(paymentID)")
                }
            }
            let paid = payments.reduce(0) { $0 + AirlineRecords.int($1["amount"]) }
            guard paid == price else {
                throw ToolError("Payment amount does not add up, total price is \(price), but paid \(paid)")
            }

            try Self.collect(payments, from: userID, in: &world)
            for info in flights {
                let path = ["dates", info["date"]?.stringValue ?? "", "available_seats"]
                AirlineRecords.modify(&world, "flights", info["flight_number"]?.stringValue ?? "", path) { seats in
                    seats.set(cabin, to: .int(AirlineRecords.int(seats[cabin]) - passengers.count))
                }
            }
            let reservation: JSONValue = [
                "reservation_id": .string(id), "user_id": .string(userID),
                "origin": .string(try arguments.string("origin")), "destination": .string(try arguments.string("destination")),
                "flight_type": .string(choices.flightType), "cabin": .string(cabin), "flights": .array(booked),
                "passengers": .array(passengers.map(JSONValue.object)), "payment_history": .array(payments.map(JSONValue.object)),
                "created_at": .string(AirlineTools.now), "total_baggages": .int(try arguments.int("total_baggages")),
                "nonfree_baggages": .int(try arguments.int("nonfree_baggages")), "insurance": .string(choices.insurance),
                "status": .null,
            ]
            if world.root["reservations"] == nil { world.root.set("reservations", to: .object([:])) }
            world.root.modify("reservations") { $0.set(id, to: reservation) }
            world.modifyRecord("users", userID) { $0.modify("reservations") { $0.append(.string(id)) } }
            return .json(reservation)
        }

        /// Takes the money: gift cards are debited, certificates used up whole.
        private static func collect(_ payments: [JSONObject], from userID: String, in world: inout World) throws(ToolError) {
            for payment in payments {
                let paymentID = payment["payment_id"]?.stringValue ?? ""
                let amount = AirlineRecords.int(payment["amount"])
                // The same certificate listed twice is gone by its second use: a KeyError in tau2.
                guard let method = world.record("users", userID)?["payment_methods"]?[paymentID] else {
                    throw AirlinePython.keyError(paymentID)
                }
                switch method["source"]?.stringValue {
                case "gift_card":
                    let balance = AirlineRecords.float(method["amount"])
                    AirlineRecords.modify(&world, "users", userID, ["payment_methods", paymentID]) {
                        $0.set("amount", to: .double(balance - Double(amount)))
                    }
                case "certificate":
                    world.modifyRecord("users", userID) { $0.modify("payment_methods") { $0.remove(paymentID) } }
                default:
                    break
                }
            }
        }

        /// The reservation's literal choices, checked together as the model does.
        private static func choices(_ arguments: ToolArguments) throws(ToolError) -> (flightType: String, cabin: String, insurance: String) {
            let input: JSONObject = [
                "flight_type": arguments.value("flight_type") ?? .null,
                "cabin": arguments.value("cabin") ?? .null,
                "insurance": arguments.value("insurance") ?? .null,
            ]
            let valid = try AirlineValidation.validate(input, as: [
                ("flight_type", .literal(AirlineModels.flightTypes)),
                ("cabin", .literal(AirlineModels.cabins)),
                ("insurance", .literal(AirlineModels.insuranceChoices)),
            ], title: "Reservation")
            return (valid["flight_type"]?.stringValue ?? "", valid["cabin"]?.stringValue ?? "", valid["insurance"]?.stringValue ?? "")
        }

        private static func validated(_ arguments: ToolArguments, _ name: String, _ fields: [(String, AirlineValidation.Field)], _ title: String) throws(ToolError) -> [JSONObject] {
            var out: [JSONObject] = []
            for item in try arguments.airlineObjects(name) {
                out.append(try AirlineValidation.validate(item, as: fields, title: title))
            }
            return out
        }
    }
}
