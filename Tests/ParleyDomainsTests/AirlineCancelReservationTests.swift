import ParleyCore
import ParleyDomains
import Testing

/// `cancel_reservation` and `send_certificate`.
struct AirlineCancelReservationTests {
    @Test func cancellingRefundsEveryPaymentAndKeepsTheSeats() throws {
        let (outcome, world) = AirlineFixture.call("cancel_reservation", ["reservation_id": "XYZ789"])
        #expect(outcome.mutates)
        #expect(outcome.output.hasSuffix(#""payment_history": [{"payment_id": "credit_card_2", "amount": 700}, {"payment_id": "credit_card_2", "amount": 200}, {"payment_id": "credit_card_2", "amount": -700}, {"payment_id": "credit_card_2", "amount": -200}], "created_at": "2024-05-02T09:00:00", "total_baggages": 2, "nonfree_baggages": 1, "insurance": "yes", "status": "cancelled"}"#))
        #expect(AirlineFixture.changedPaths(world) == [
            "/reservations/XYZ789/payment_history/2", "/reservations/XYZ789/payment_history/3", "/reservations/XYZ789/status",
        ])
    }

    @Test func cancellingTwiceRefundsTheRefundsToo() throws {
        let (_, once) = AirlineFixture.call("cancel_reservation", ["reservation_id": "ABC123"])
        let (_, twice) = AirlineFixture.call("cancel_reservation", ["reservation_id": "ABC123"], on: once)
        let amounts = AirlineFixture.reservation("ABC123", in: twice)?["payment_history"]?.arrayValue?.map { $0["amount"] }
        #expect(amounts == [350, -350, -350, 350])
        // Cancelling a gift-card reservation does not credit the card: no balance changes.
        #expect(AirlineFixture.paymentMethod("ava_lee_1", "gift_card_1", in: twice) == AirlineFixture.paymentMethod("ava_lee_1", "gift_card_1", in: AirlineFixture.world))
    }

    @Test func anUnknownReservationCannotBeCancelled() {
        let (outcome, world) = AirlineFixture.call("cancel_reservation", ["reservation_id": "abc123"])
        #expect(outcome.output == "Error: Reservation abc123 not found")
        #expect(world == AirlineFixture.world)
    }

    @Test func certificatesTakeTheNextFixedIdAndAFloatAmount() {
        let (first, once) = AirlineFixture.call("send_certificate", ["user_id": "bo_kim_2", "amount": 50])
        #expect(first.output == "Certificate certificate_3221322 added to user bo_kim_2 with amount 50.")
        #expect(first.mutates)
        #expect(AirlineFixture.paymentMethod("bo_kim_2", "certificate_3221322", in: once) == ["source": "certificate", "id": "certificate_3221322", "amount": .double(50)])
        let (second, twice) = AirlineFixture.call("send_certificate", ["user_id": "bo_kim_2", "amount": 100], on: once)
        #expect(second.output == "Certificate certificate_3221323 added to user bo_kim_2 with amount 100.")
        let (_, thrice) = AirlineFixture.call("send_certificate", ["user_id": "bo_kim_2", "amount": 1], on: twice)
        let (fourth, after) = AirlineFixture.call("send_certificate", ["user_id": "bo_kim_2", "amount": 1], on: thrice)
        #expect(fourth.output == "Error: Too many certificates")
        #expect(after == thrice)
    }

    @Test func aCertificateForAnUnknownUserIsRefused() {
        let (outcome, _) = AirlineFixture.call("send_certificate", ["user_id": "ghost_0", "amount": 50])
        #expect(outcome.output == "Error: User ghost_0 not found")
    }
}
