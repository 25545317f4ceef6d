import ParleyCore

/// Money movements shared by the tools that change an existing reservation.
enum AirlinePayments {
    /// Charges `amount` (a refund when negative) to the user's payment method
    /// `paymentID` for a change to a reservation, as tau2 does: certificates
    /// are refused, a gift card must cover the amount and is debited (so a
    /// refund tops it up), and a credit card is charged without a check.
    /// Returns the payment to record, or `nil` when the amount is zero.
    static func chargeForUpdate(userID: String, paymentID: String, amount: Int, in world: inout World) throws(ToolError) -> JSONValue? {
        let user = try AirlineRecords.user(userID, in: world)
        guard let method = user["payment_methods"]?[paymentID] else { throw ToolError("Payment method not found") }
        let source = method["source"]?.stringValue
        if source == "certificate" { throw ToolError("Certificate cannot be used to update reservation") }
        if source == "gift_card" {
            let balance = AirlineRecords.float(method["amount"])
            if balance < Double(amount) { throw ToolError("Gift card balance is not enough") }
            // A zero charge leaves the stored balance untouched (its value would not change).
            if amount != 0 {
                AirlineRecords.modify(&world, "users", userID, ["payment_methods", paymentID]) {
                    $0.set("amount", to: .double(balance - Double(amount)))
                }
            }
        }
        guard amount != 0 else { return nil }
        return ["payment_id": .string(paymentID), "amount": .int(amount)]
    }
}
