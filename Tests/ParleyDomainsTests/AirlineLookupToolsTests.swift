import ParleyCore
import ParleyDomains
import Testing

/// `get_user_details`, `get_reservation_details`, `get_flight_status`,
/// `list_all_airports`, `calculate`, and the domain's spec and rules.
struct AirlineLookupToolsTests {
    @Test func userDetailsFollowTheModelsFieldOrderAndTypes() {
        let (outcome, world) = AirlineFixture.call("get_user_details", ["user_id": "ava_lee_1"])
        // address2 absent in the record is written as null; an integer gift-card balance as a float.
        #expect(outcome.output == #"{"user_id": "ava_lee_1", "name": {"first_name": "Ava", "last_name": "Lee"}, "address": {"address1": "1 Main St", "address2": null, "city": "Austin", "country": "USA", "state": "TX", "zip": "78701"}, "email": "ava@example.com", "dob": "1990-01-01", "payment_methods": {"credit_card_1": {"source": "credit_card", "id": "credit_card_1", "brand": "visa", "last_four": "1234"}, "gift_card_1": {"source": "gift_card", "id": "gift_card_1", "amount": 100.0}, "certificate_1": {"source": "certificate", "id": "certificate_1", "amount": 150.0}}, "saved_passengers": [{"first_name": "Bo", "last_name": "Lee", "dob": "1992-02-02"}], "membership": "gold", "reservations": ["ABC123"]}"#)
        #expect(!outcome.mutates)
        #expect(world == AirlineFixture.world)
    }

    @Test func reservationDetailsPutTheFlightNumberFirstAndANullStatus() {
        let (outcome, _) = AirlineFixture.call("get_reservation_details", ["reservation_id": "ABC123"])
        #expect(outcome.output == #"{"reservation_id": "ABC123", "user_id": "ava_lee_1", "origin": "JFK", "destination": "SFO", "flight_type": "one_way", "cabin": "economy", "flights": [{"flight_number": "HAT001", "origin": "JFK", "destination": "LAX", "date": "2024-05-20", "price": 200}, {"flight_number": "HAT002", "origin": "LAX", "destination": "SFO", "date": "2024-05-20", "price": 150}], "passengers": [{"first_name": "Ava", "last_name": "Lee", "dob": "1990-01-01"}], "payment_history": [{"payment_id": "gift_card_1", "amount": 350}], "created_at": "2024-05-01T10:00:00", "total_baggages": 1, "nonfree_baggages": 0, "insurance": "no", "status": null}"#)
    }

    @Test(arguments: [
        ("get_user_details", ["user_id": "nobody_0"], "User nobody_0 not found"),
        ("get_user_details", ["user_id": "AVA_LEE_1"], "User AVA_LEE_1 not found"),
        ("get_reservation_details", ["reservation_id": "NOPE00"], "Reservation NOPE00 not found"),
        ("get_flight_status", ["flight_number": "HAT999", "date": "2024-05-20"], "Flight HAT999 not found"),
        ("get_flight_status", ["flight_number": "HAT001", "date": "2024-06-01"], "Flight HAT001 not found on date 2024-06-01"),
    ] as [(String, JSONObject, String)])
    func unknownKeysAreRefused(tool: String, arguments: JSONObject, message: String) {
        let (outcome, _) = AirlineFixture.call(tool, arguments)
        #expect(outcome.isError)
        #expect(outcome.output == "Error: " + message)
    }

    @Test(arguments: [("2024-05-10", "landed"), ("2024-05-20", "available"), ("2024-05-21", "cancelled")])
    func flightStatusIsThePlainStatusText(date: String, status: String) {
        let (outcome, _) = AirlineFixture.call("get_flight_status", ["flight_number": "HAT001", "date": .string(date)])
        #expect(outcome.output == status)
    }

    @Test func airportsAreTheFixedTwenty() throws {
        let (outcome, _) = AirlineFixture.call("list_all_airports", [:])
        #expect(outcome.output.hasPrefix(#"[{"iata": "SFO", "city": "San Francisco"}, {"iata": "JFK", "city": "New York"}"#))
        #expect(outcome.output.hasSuffix(#"{"iata": "LGA", "city": "LaGuardia"}]"#))
        let list = try JSONParser.parse(outcome.output)
        #expect(list.arrayValue?.count == 20)
    }

    @Test(arguments: [
        ("2 * ((350 - 122) + (499 - 127))", "1200.0"), ("1/3", "0.33"), ("10 - 2.675", "7.33"),
        ("1/0", "Error: division by zero"), ("2 + x", "Error: Invalid characters in expression"),
    ])
    func calculateIsTheSharedPythonCalculator(expression: String, output: String) {
        let (outcome, _) = AirlineFixture.call("calculate", ["expression": .string(expression)])
        #expect(outcome.output == output)
    }

    @Test func theToolsAreTau2sWithTheirWriteFlags() {
        let specs = AirlineDomain.domain.specs
        #expect(Set(specs.map(\.name)) == [
            "book_reservation", "calculate", "cancel_reservation", "get_reservation_details", "get_user_details",
            "list_all_airports", "search_direct_flight", "search_onestop_flight", "send_certificate",
            "transfer_to_human_agents", "update_reservation_baggages", "update_reservation_flights",
            "update_reservation_passengers", "get_flight_status",
        ])
        #expect(specs.count == 14)
        #expect(Set(specs.filter(\.mutates).map(\.name)) == [
            "book_reservation", "cancel_reservation", "send_certificate", "update_reservation_baggages",
            "update_reservation_flights", "update_reservation_passengers",
        ])
        #expect(AirlineDomain.domain.name == "airline")
        #expect(AirlineDomain.domain.rules.transferTool == "transfer_to_human_agents")
        #expect(AirlineDomain.domain.rules.authenticationTools.isEmpty)
    }

    @Test func bookingTakesTau2sParameterNamesAndTypes() throws {
        let spec = try #require(AirlineDomain.domain.tool(named: "book_reservation")?.spec)
        #expect(spec.parameters.map(\.name) == [
            "user_id", "origin", "destination", "flight_type", "cabin", "flights", "passengers",
            "payment_methods", "total_baggages", "nonfree_baggages", "insurance",
        ])
        #expect(spec.parameters.filter { $0.type == .integer }.map(\.name) == ["total_baggages", "nonfree_baggages"])
        #expect(spec.parameters.allSatisfy { $0.isRequired })
    }

    @Test(arguments: [
        (ToolCall(name: "get_user_details", arguments: ["user_id": "bo_kim_2"]), "bo_kim_2"),
        (ToolCall(name: "cancel_reservation", arguments: ["reservation_id": "ABC123"]), "ava_lee_1"),
        (ToolCall(name: "cancel_reservation", arguments: ["reservation_id": "NOPE00"]), nil),
        (ToolCall(name: "search_direct_flight", arguments: ["origin": "JFK", "destination": "LAX", "date": "2024-05-20"]), nil),
    ] as [(ToolCall, String?)])
    func aCallConcernsTheUserItNamesOrTheReservationsOwner(call: ToolCall, owner: String?) {
        #expect(AirlineDomain.domain.rules.owner(call, AirlineFixture.world) == owner)
    }
}
