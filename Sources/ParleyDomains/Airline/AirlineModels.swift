import ParleyCore

/// The airline domain's records as tau2's data model declares them. Tool
/// results are written through these shapes so that their key order and
/// number types match tau2's output byte for byte, whatever order the stored
/// record happens to keep (db.json stores reservation flights as
/// origin/destination/flight_number; the model writes flight_number first).
enum AirlineModels {
    static let name = AirlineSchema.model([("first_name", .string), ("last_name", .string)])

    static let address = AirlineSchema.model([
        ("address1", .string), ("address2", .string), ("city", .string),
        ("country", .string), ("state", .string), ("zip", .string),
    ])

    static let passenger = AirlineSchema.model([("first_name", .string), ("last_name", .string), ("dob", .string)])

    static let payment = AirlineSchema.model([("payment_id", .string), ("amount", .int)])

    /// Credit cards, gift cards and certificates, told apart by `source`.
    static let paymentMethod = AirlineSchema.tagged(by: "source", [
        "credit_card": .model([("source", .string), ("id", .string), ("brand", .string), ("last_four", .string)]),
        "gift_card": .model([("source", .string), ("id", .string), ("amount", .float)]),
        "certificate": .model([("source", .string), ("id", .string), ("amount", .float)]),
    ])

    static let user = AirlineSchema.model([
        ("user_id", .string), ("name", name), ("address", address), ("email", .string), ("dob", .string),
        ("payment_methods", .dict(paymentMethod)), ("saved_passengers", .list(passenger)),
        ("membership", .string), ("reservations", .list(.string)),
    ])

    static let reservationFlight = AirlineSchema.model([
        ("flight_number", .string), ("origin", .string), ("destination", .string), ("date", .string), ("price", .int),
    ])

    static let reservation = AirlineSchema.model([
        ("reservation_id", .string), ("user_id", .string), ("origin", .string), ("destination", .string),
        ("flight_type", .string), ("cabin", .string), ("flights", .list(reservationFlight)),
        ("passengers", .list(passenger)), ("payment_history", .list(payment)), ("created_at", .string),
        ("total_baggages", .int), ("nonfree_baggages", .int), ("insurance", .string), ("status", .string),
    ])

    /// A search result: a flight on one date, with that date's seats and prices.
    static let directFlight = AirlineSchema.model([
        ("flight_number", .string), ("origin", .string), ("destination", .string), ("status", .string),
        ("scheduled_departure_time_est", .string), ("scheduled_arrival_time_est", .string), ("date", .string),
        ("available_seats", .dict(.int)), ("prices", .dict(.int)),
    ])

    static let airportCode = AirlineSchema.model([("iata", .string), ("city", .string)])

    /// The three cabins, in the order the model's literal lists them.
    static let cabins = ["business", "economy", "basic_economy"]
    static let flightTypes = ["round_trip", "one_way"]
    static let insuranceChoices = ["yes", "no"]
}
