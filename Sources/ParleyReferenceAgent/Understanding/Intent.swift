/// What the user wants, recognised from keywords. Earlier cases win when a
/// message matches several ("return the jacket instead of exchanging it" is
/// read as an exchange only if no stronger cue comes first in this list).
enum Intent: String, CaseIterable {
    case human, missingPackage, compensation, cancel, changeItems, returnItems, changePayment, changeAddress, orderStatus, productInfo

    var keywords: [String] {
        switch self {
        case .human:
            ["human*", "representative*", "real person", "live agent", "supervisor", "manager", "transfer me", "talk to someone",
             "speak to someone", "speak with someone"]
        case .missingPackage:
            ["never arrived", "never received", "never got", "never came", "never showed up", "didn t arrive", "did not arrive",
             "didn t receive", "did not receive", "didn t get", "not received", "lost", "missing", "stolen"]
        case .compensation:
            ["compensat*", "voucher*", "coupon*", "discount*", "store credit", "price match*", "credit for", "make up for"]
        case .cancel:
            ["cancel*"]
        case .changeItems:
            ["exchang*", "swap*", "different size", "different color", "different colour", "change the size", "change the color",
             "change the colour", "change the item*", "change an item", "change item*", "modify the item*", "modify an item",
             "modify item*"]
        case .returnItems:
            ["return*", "send back", "send it back", "send them back", "refund*"]
        case .changePayment:
            ["payment method*", "pay with", "pay using", "paying with", "charge it to", "charge my", "change the payment",
             "change payment", "switch the payment"]
        case .changeAddress:
            ["address*", "moved", "ship it to", "ship to", "shipping to", "deliver it to"]
        case .orderStatus:
            ["status", "where is", "where s", "track", "tracking", "shipped", "when will", "arrive"]
        case .productInfo:
            ["how much", "price*", "cost*", "in stock", "available", "availability"]
        }
    }

    static func detect(in text: String) -> Intent? {
        // "Noise-cancelling headphones" are not a cancellation.
        let words = Words(text.lowercased().replacing("noise-cancelling", with: "").replacing("noise cancelling", with: ""))
        return allCases.first { words.containsAny($0.keywords) }
    }
}
