import ParleyCore
import ParleyDomains
import Testing

/// `book_reservation`.
struct AirlineBookReservationTests {
    /// Economy JFK→LAX→SFO for one passenger with insurance and one paid bag:
    /// 200 + 150 + 30 + 50 = 430.
    static func booking(
        cabin: JSONValue = "economy", flights: [(String, String)] = [("HAT001", "2024-05-20"), ("HAT002", "2024-05-20")],
        passengers: [JSONValue] = [["first_name": "Ava", "last_name": "Lee", "dob": "1990-01-01"]],
        payments: [(String, JSONValue)] = [("certificate_1", 150.0), ("gift_card_1", 100), ("credit_card_1", 180)],
        user: String = "ava_lee_1"
    ) -> JSONObject {
        [
            "user_id": .string(user), "origin": "JFK", "destination": "SFO", "flight_type": "one_way", "cabin": cabin,
            "flights": .array(flights.map { ["flight_number": .string($0.0), "date": .string($0.1)] }),
            "passengers": .array(passengers),
            "payment_methods": .array(payments.map { ["payment_id": .string($0.0), "amount": $0.1] }),
            "total_baggages": 1, "nonfree_baggages": 1, "insurance": "yes",
        ]
    }

    @Test func aBookingIsPricedPaidForAndRecorded() throws {
        let (outcome, world) = AirlineFixture.call("book_reservation", Self.booking())
        #expect(!outcome.isError)
        #expect(outcome.mutates)
        #expect(outcome.output == #"{"reservation_id": "HATHAT", "user_id": "ava_lee_1", "origin": "JFK", "destination": "SFO", "flight_type": "one_way", "cabin": "economy", "flights": [{"flight_number": "HAT001", "origin": "JFK", "destination": "LAX", "date": "2024-05-20", "price": 200}, {"flight_number": "HAT002", "origin": "LAX", "destination": "SFO", "date": "2024-05-20", "price": 150}], "passengers": [{"first_name": "Ava", "last_name": "Lee", "dob": "1990-01-01"}], "payment_history": [{"payment_id": "certificate_1", "amount": 150}, {"payment_id": "gift_card_1", "amount": 100}, {"payment_id": "credit_card_1", "amount": 180}], "created_at": "2024-05-15T15:00:00", "total_baggages": 1, "nonfree_baggages": 1, "insurance": "yes", "status": null}"#)
        #expect(try JSONParser.parse(outcome.output) == AirlineFixture.reservation("HATHAT", in: world))
        #expect(AirlineFixture.changedPaths(world) == [
            "/flights/HAT001/dates/2024-05-20/available_seats/economy",
            "/flights/HAT002/dates/2024-05-20/available_seats/economy",
            "/reservations/HATHAT",
            "/users/ava_lee_1/payment_methods/certificate_1",
            "/users/ava_lee_1/payment_methods/gift_card_1/amount",
            "/users/ava_lee_1/reservations/1",
        ])
        #expect(AirlineFixture.seats("HAT001", "2024-05-20", in: world)?["economy"] == 9)
        #expect(AirlineFixture.seats("HAT002", "2024-05-20", in: world)?["economy"] == 2)
        // A certificate is used up whole; a gift card keeps a float balance.
        #expect(AirlineFixture.paymentMethod("ava_lee_1", "certificate_1", in: world) == nil)
        #expect(AirlineFixture.paymentMethod("ava_lee_1", "gift_card_1", in: world)?["amount"] == .double(0.0))
        #expect(world.record("users", "ava_lee_1")?["reservations"] == ["ABC123", "HATHAT"])
    }

    @Test func newReservationsTakeTheFirstUnusedFixedId() {
        let payments: [(String, JSONValue)] = [("credit_card_1", 430)]
        let (_, once) = AirlineFixture.call("book_reservation", Self.booking(payments: payments))
        let (second, twice) = AirlineFixture.call("book_reservation", Self.booking(payments: payments), on: once)
        #expect(second.output.hasPrefix(#"{"reservation_id": "HATHAU""#))
        let (_, thrice) = AirlineFixture.call("book_reservation", Self.booking(payments: payments), on: twice)
        #expect(AirlineFixture.reservation("HATHAV", in: thrice) != nil)
        let (fourth, after) = AirlineFixture.call("book_reservation", Self.booking(payments: payments), on: thrice)
        #expect(fourth.output == "Error: Too many reservations")
        #expect(after == thrice)
    }

    @Test(arguments: [
        ([("credit_card_1", 400)], "Payment amount does not add up, total price is 430, but paid 400"),
        ([], "Payment amount does not add up, total price is 430, but paid 0"),
        ([("gift_card_1", 101), ("credit_card_1", 329)], "Not enough balance in payment method gift_card_1"),
        ([("certificate_1", 430)], "Not enough balance in payment method certificate_1"),
        ([("gift_card_9", 430)], "Payment method gift_card_9 not found"),
        ([("credit_card_2", 430)], "Payment method credit_card_2 not found"),
    ] as [([(String, JSONValue)], String)])
    func paymentsMustBeTheUsersAndAddUp(payments: [(String, JSONValue)], message: String) {
        let (outcome, world) = AirlineFixture.call("book_reservation", Self.booking(payments: payments))
        #expect(outcome.output == "Error: " + message)
        #expect(world == AirlineFixture.world)
    }

    @Test func flightsMustBeBookableWithSeatsForEveryone() {
        let cancelled = AirlineFixture.call("book_reservation", Self.booking(flights: [("HAT001", "2024-05-21")]))
        #expect(cancelled.outcome.output == "Error: Flight HAT001 not available on date 2024-05-21")
        let unknown = AirlineFixture.call("book_reservation", Self.booking(flights: [("HAT777", "2024-05-20")]))
        #expect(unknown.outcome.output == "Error: Flight HAT777 not found")
        let noDate = AirlineFixture.call("book_reservation", Self.booking(flights: [("HAT001", "2024-05-30")]))
        #expect(noDate.outcome.output == "Error: Flight HAT001 not found on date 2024-05-30")
        let full = AirlineFixture.call("book_reservation", Self.booking(cabin: "basic_economy"))
        #expect(full.outcome.output == "Error: Not enough seats on flight HAT002")
        #expect(full.world == AirlineFixture.world)
    }

    @Test func anUnknownUserIsRefused() {
        let (outcome, _) = AirlineFixture.call("book_reservation", Self.booking(user: "ghost_0"))
        #expect(outcome.output == "Error: User ghost_0 not found")
    }

    @Test func choicesOutsideTheModelsLiteralsFailAsPydanticDoes() {
        var arguments = Self.booking(cabin: "first")
        arguments["insurance"] = "maybe"
        let (outcome, _) = AirlineFixture.call("book_reservation", arguments)
        #expect(outcome.output == """
            Error: 2 validation errors for Reservation
            cabin
              Input should be 'business', 'economy' or 'basic_economy' [type=literal_error, input_value='first', input_type=str]
                For further information visit https://errors.pydantic.dev/2.11/v/literal_error
            insurance
              Input should be 'yes' or 'no' [type=literal_error, input_value='maybe', input_type=str]
                For further information visit https://errors.pydantic.dev/2.11/v/literal_error
            """)
    }

    @Test func aPassengerWithoutABirthDateFailsAsPydanticDoes() {
        let (outcome, _) = AirlineFixture.call("book_reservation", Self.booking(passengers: [["first_name": "Ava", "last_name": "Lee"]]))
        #expect(outcome.output == """
            Error: 1 validation error for Passenger
            dob
              Field required [type=missing, input_value={'first_name': 'Ava', 'last_name': 'Lee'}, input_type=dict]
                For further information visit https://errors.pydantic.dev/2.11/v/missing
            """)
    }

    @Test func aFractionalPaymentIsRefusedAndAWholeFloatOneIsKeptAsAnInteger() {
        let fractional = AirlineFixture.call("book_reservation", Self.booking(payments: [("credit_card_1", 429.5)]))
        #expect(fractional.outcome.output.hasPrefix("""
            Error: 1 validation error for Payment
            amount
              Input should be a valid integer, got a number with a fractional part [type=int_from_float, input_value=429.5, input_type=float]
            """))
        let whole = AirlineFixture.call("book_reservation", Self.booking(payments: [("credit_card_1", 430.0)]))
        #expect(AirlineFixture.reservation("HATHAT", in: whole.world)?["payment_history"] == [["payment_id": "credit_card_1", "amount": 430]])
    }

    @Test func theSameCertificateTwiceFailsWhenTakenTheSecondTime() {
        let (outcome, world) = AirlineFixture.call("book_reservation", Self.booking(payments: [("certificate_1", 150), ("certificate_1", 150), ("credit_card_1", 130)]))
        #expect(outcome.output == "Error: 'certificate_1'")
        #expect(world == AirlineFixture.world)
    }
}
