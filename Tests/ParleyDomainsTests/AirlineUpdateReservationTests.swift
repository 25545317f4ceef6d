import ParleyCore
import ParleyDomains
import Testing

/// `update_reservation_baggages` and `update_reservation_passengers`.
struct AirlineUpdateReservationTests {
    static func bags(_ total: Int, _ nonfree: Int, _ payment: String, reservation: String = "ABC123") -> JSONObject {
        ["reservation_id": .string(reservation), "total_baggages": .int(total), "nonfree_baggages": .int(nonfree), "payment_id": .string(payment)]
    }

    @Test func eachAddedPaidBagCostsFifty() {
        let (outcome, world) = AirlineFixture.call("update_reservation_baggages", Self.bags(3, 2, "gift_card_1"))
        #expect(outcome.mutates)
        #expect(outcome.output.contains(#"{"payment_id": "gift_card_1", "amount": 350}, {"payment_id": "gift_card_1", "amount": 100}], "created_at": "2024-05-01T10:00:00", "total_baggages": 3, "nonfree_baggages": 2,"#))
        #expect(AirlineFixture.paymentMethod("ava_lee_1", "gift_card_1", in: world)?["amount"] == .double(0))
    }

    @Test func fewerBagsRefundNothing() {
        let (outcome, world) = AirlineFixture.call("update_reservation_baggages", Self.bags(1, 0, "credit_card_2", reservation: "XYZ789"))
        #expect(!outcome.isError)
        #expect(AirlineFixture.changedPaths(world) == ["/reservations/XYZ789/nonfree_baggages", "/reservations/XYZ789/total_baggages"])
    }

    @Test(arguments: [
        (AirlineUpdateReservationTests.bags(2, 0, "certificate_1"), "Certificate cannot be used to update reservation"),
        (AirlineUpdateReservationTests.bags(4, 3, "gift_card_1"), "Gift card balance is not enough"),
        (AirlineUpdateReservationTests.bags(1, 1, "credit_card_2"), "Payment method not found"),
        (AirlineUpdateReservationTests.bags(1, 1, "credit_card_1", reservation: "NOPE00"), "Reservation NOPE00 not found"),
    ])
    func paymentRulesForChanges(arguments: JSONObject, message: String) {
        let (outcome, world) = AirlineFixture.call("update_reservation_baggages", arguments)
        #expect(outcome.output == "Error: " + message)
        #expect(world == AirlineFixture.world)
    }

    @Test func passengersAreReplacedAsTheModelKeepsThem() {
        let passenger: JSONValue = ["dob": "2000-01-01", "last_name": "Lee", "first_name": "Cy", "seat": "1A"]
        let (outcome, world) = AirlineFixture.call("update_reservation_passengers", ["reservation_id": "ABC123", "passengers": [passenger]])
        #expect(outcome.output.contains(#""passengers": [{"first_name": "Cy", "last_name": "Lee", "dob": "2000-01-01"}]"#))
        #expect(AirlineFixture.reservation("ABC123", in: world)?["passengers"] == [["first_name": "Cy", "last_name": "Lee", "dob": "2000-01-01"]])
    }

    @Test func thePassengerCountCannotChange() {
        let passenger: JSONValue = ["first_name": "Cy", "last_name": "Lee", "dob": "2000-01-01"]
        let (outcome, world) = AirlineFixture.call("update_reservation_passengers", ["reservation_id": "ABC123", "passengers": [passenger, passenger]])
        #expect(outcome.output == "Error: Number of passengers does not match")
        #expect(world == AirlineFixture.world)
    }

    @Test func aPassengerWithANumberForANameFailsAsPydanticDoes() {
        let passenger: JSONValue = ["first_name": 7, "last_name": "Lee", "dob": "2000-01-01"]
        let (outcome, _) = AirlineFixture.call("update_reservation_passengers", ["reservation_id": "ABC123", "passengers": [passenger]])
        #expect(outcome.output.hasPrefix("Error: 1 validation error for Passenger\nfirst_name\n  Input should be a valid string [type=string_type, input_value=7, input_type=int]"))
    }
}
