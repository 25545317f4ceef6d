import ParleyCore
import ParleyDomains
import Testing

/// `update_reservation_flights`.
struct AirlineUpdateReservationFlightsTests {
    static func change(_ reservation: String, _ cabin: String, _ flights: [String], _ payment: String) -> JSONObject {
        [
            "reservation_id": .string(reservation), "cabin": .string(cabin),
            "flights": .array(flights.map { ["flight_number": .string($0), "date": "2024-05-20"] }),
            "payment_id": .string(payment),
        ]
    }

    @Test func aKeptSegmentKeepsItsPriceAndTheDifferenceIsCharged() throws {
        let (outcome, world) = AirlineFixture.call("update_reservation_flights", Self.change("ABC123", "economy", ["HAT001", "HAT005"], "credit_card_1"))
        #expect(outcome.mutates)
        #expect(outcome.output.contains(#""flights": [{"flight_number": "HAT001", "origin": "JFK", "destination": "LAX", "date": "2024-05-20", "price": 200}, {"flight_number": "HAT005", "origin": "LAX", "destination": "SFO", "date": "2024-05-20", "price": 160}]"#))
        // 200 + 160 - (200 + 150); seats are not touched.
        #expect(AirlineFixture.reservation("ABC123", in: world)?["payment_history"]?.arrayValue?.last == ["payment_id": "credit_card_1", "amount": 10])
        #expect(!AirlineFixture.changedPaths(world).contains { $0.hasPrefix("/flights/") })
    }

    @Test func aNewCabinRepricesEverySegmentAndMayRefund() throws {
        let (outcome, world) = AirlineFixture.call("update_reservation_flights", Self.change("XYZ789", "economy", ["HAT001"], "credit_card_2"))
        #expect(!outcome.isError)
        let reservation = try #require(AirlineFixture.reservation("XYZ789", in: world))
        #expect(reservation["cabin"] == "economy")
        #expect(reservation["flights"]?.arrayValue?.first?["price"] == 200)
        // Two passengers: 2 × 200 - 2 × 450.
        #expect(reservation["payment_history"]?.arrayValue?.last == ["payment_id": "credit_card_2", "amount": -500])
    }

    @Test func aRefundToAGiftCardTopsItUp() {
        let (_, world) = AirlineFixture.call("update_reservation_flights", Self.change("ABC123", "basic_economy", ["HAT001", "HAT005"], "gift_card_1"))
        // 100 + 90 - 350 = -160.
        #expect(AirlineFixture.paymentMethod("ava_lee_1", "gift_card_1", in: world)?["amount"] == .double(260))
        #expect(AirlineFixture.reservation("ABC123", in: world)?["payment_history"]?.arrayValue?.last == ["payment_id": "gift_card_1", "amount": -160])
    }

    @Test func noDifferenceRecordsNoPayment() {
        let (outcome, world) = AirlineFixture.call("update_reservation_flights", Self.change("ABC123", "economy", ["HAT001", "HAT002"], "credit_card_1"))
        #expect(!outcome.isError)
        #expect(world == AirlineFixture.world)
    }

    @Test(arguments: [
        (AirlineUpdateReservationFlightsTests.change("ABC123", "business", ["HAT001", "HAT002"], "gift_card_1"), "Gift card balance is not enough"),
        (AirlineUpdateReservationFlightsTests.change("ABC123", "economy", ["HAT001", "HAT005"], "certificate_1"), "Certificate cannot be used to update reservation"),
        (AirlineUpdateReservationFlightsTests.change("ABC123", "basic_economy", ["HAT001", "HAT002"], "credit_card_1"), "Not enough seats on flight HAT002"),
        (AirlineUpdateReservationFlightsTests.change("ABC123", "economy", ["HAT001", "HAT404"], "credit_card_1"), "Flight HAT404 not found"),
        (AirlineUpdateReservationFlightsTests.change("ABC123", "first", ["HAT001", "HAT002"], "credit_card_1"), "'first'"),
        (AirlineUpdateReservationFlightsTests.change("NOPE00", "economy", ["HAT001"], "credit_card_1"), "Reservation NOPE00 not found"),
    ])
    func refusals(arguments: JSONObject, message: String) {
        let (outcome, world) = AirlineFixture.call("update_reservation_flights", arguments)
        #expect(outcome.output == "Error: " + message)
        #expect(world == AirlineFixture.world)
    }

    @Test func aFlightWithoutADateFailsAsPydanticDoes() {
        let arguments: JSONObject = ["reservation_id": "ABC123", "cabin": "economy", "flights": [["flight_number": "HAT001"]], "payment_id": "credit_card_1"]
        let (outcome, _) = AirlineFixture.call("update_reservation_flights", arguments)
        #expect(outcome.output == """
            Error: 1 validation error for FlightInfo
            date
              Field required [type=missing, input_value={'flight_number': 'HAT001'}, input_type=dict]
                For further information visit https://errors.pydantic.dev/2.11/v/missing
            """)
    }
}
