/// What the agent says, and how it reads the user's short answers.
///
/// Messages that end a request say nothing that sounds like a question for a
/// fact (no "email", "address", "reason", "order #", "payment method", …), so
/// that the user moves on instead of answering again.
enum Phrasing {
    static let anythingElse = "Is there anything else I can help you with?"
    static let confirmQuestion = "Do you confirm (yes/no)?"
    static let identityQuestion = "Could you please provide your email address, or your first name, last name and zip code?"
    static let identityRetry = "I'm sorry, I couldn't find an account with those details. Could you please provide your first name, last name and zip code, or the email address on your account?"
    static let identityGiveUp = "I'm sorry, but without verifying who you are I can't look at or change anything on an account. " + anythingElse
    static let greeting = "Hello! How can I help you today?"
    static let goodbye = "You're welcome! Have a great day."
    static let transferring = "I'm transferring you to a human agent. Please hold on."
    static let transferFailed = "I'm sorry, I couldn't reach a human agent just now. " + anythingElse
    static let declined = "Alright, I won't make that change. " + anythingElse
    static let alreadyDone = "That request has been taken care of. " + anythingElse
    static let noCompensation = "I'm sorry, but I can't offer compensation, discounts or credits. I can help with cancelling or changing pending orders, returning or exchanging delivered items, updating your default shipping details, and questions about your orders and our products. " + anythingElse

    static func endsRequest(_ text: String) -> Bool { text.contains("anything else I can help you with") }

    static func asksConfirmation(_ text: String) -> Bool { text.contains("(yes/no)") }

    static func asksIdentity(_ text: String) -> Bool { text.contains("first name, last name and zip code") }

    static func asksReason(_ text: String) -> Bool { text.contains("reason for cancelling") }

    static func isRefusal(_ text: String) -> Bool {
        let words = Words(text)
        guard let first = words.tokens.first else { return false }
        return ["no", "nope", "nah", "not", "don", "dont", "cancel", "stop", "wait"].contains(first)
            || words.containsAny(["don t", "do not", "changed my mind", "never mind", "nevermind"])
    }

    static func isClosing(_ text: String) -> Bool {
        Words(text).containsAny(["that s all", "that is all", "that will be all", "nothing else", "no thanks", "no thank you",
                                 "bye", "goodbye", "thank you", "thanks", "all set", "that s it", "that is it"])
    }

    static func brandName(_ brand: String) -> String {
        switch brand.lowercased() {
        case "visa": "Visa"
        case "mastercard": "Mastercard"
        case "amex": "American Express"
        case "discover": "Discover"
        default: brand.prefix(1).uppercased() + brand.dropFirst()
        }
    }

    /// "Wool Sweater (grey, medium)"; numbers keep their option name ("size 10").
    static func describe(_ name: String, _ options: [(key: String, value: String)], price: Double? = nil) -> String {
        var details = options.map { option in
            option.value.first?.isNumber == true && !option.value.contains(" ") ? "\(option.key) \(option.value)" : option.value
        }
        if let price { details.append(Money.text(price)) }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    static func describe(_ item: OrderItem, withPrice: Bool = false) -> String {
        describe(item.name, item.options, price: withPrice ? item.price : nil)
    }

    static func list(_ parts: [String], or: Bool = false) -> String {
        let conjunction = or ? " or " : " and "
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        case 2: return parts[0] + conjunction + parts[1]
        default: return parts.dropLast().joined(separator: ", ") + "," + conjunction + parts.last!
        }
    }

    static func statusPhrase(_ status: String) -> String {
        switch status {
        case "pending": "still pending"
        case "processed": "already processed"
        case "delivered": "already delivered"
        case "cancelled": "already cancelled"
        default: "in status '\(status)'"
        }
    }

    /// When money goes back to a method: gift cards at once, others in 5 to 7 business days.
    static func refundTiming(_ method: PaymentMethodRecord?) -> String {
        method?.isGiftCard == true ? "right away" : "within 5 to 7 business days"
    }
}
