/// The facts a scripted user knows and does not know, and how an agent's
/// message asks for each. See the table in Docs/scripted-user.md.
struct FactBook {
    let known: JSONObject
    let unknown: [String]

    private static let cues: [(keys: [String], words: [String])] = [
        (["order_id"], ["order id", "order number", "which order", "order #"]),
        (["items"], ["which item", "which items", "which product"]),
        (["payment_method"], ["payment method", "which card", "refund to", "pay with", "pay for"]),
        (["address"], ["address"]),
        (["reason"], ["reason", "why"]),
    ]

    /// Sentences that give what the agent asked for; empty when it asked for nothing the user can place.
    func answer(to said: String) -> String {
        // "email address" asks for the email, not for a postal address.
        let said = said.replacingAll("e-mail address", with: "email").replacingAll("email address", with: "email")
        var sentences: [String] = []
        if let identity = identityAnswer(to: said) { sentences.append(identity) }
        for cue in Self.cues where cue.words.contains(where: said.contains) {
            for key in cue.keys { sentences.append(sentence(for: key) ?? dontKnow(key)) }
        }
        let builtIn = Set(["email", "first_name", "last_name", "zip"] + Self.cues.flatMap(\.keys))
        for key in known.keys.sorted() where !builtIn.contains(key) {
            if said.contains(key.replacingUnderscores) { sentences.append(sentence(for: key)!) }
        }
        for thing in unknown where !builtIn.contains(thing) && said.contains(thing.lowercased().replacingUnderscores) {
            sentences.append(dontKnow(thing))
        }
        return sentences.joined(separator: " ")
    }

    private func identityAnswer(to said: String) -> String? {
        let asksEmail = said.contains("email") || said.contains("e-mail")
        let asksName = said.contains("zip") || said.contains("postal") || said.contains("your name") || said.contains("full name")
            || said.contains("first name") || said.contains("last name")
        guard asksEmail || asksName else { return nil }
        let nameAndZip = nameAndZipSentence()
        if asksEmail, let email = known["email"]?.scalarText { return "My email is \(email)." }
        if asksEmail, !asksName {
            return [dontKnow("email"), nameAndZip.map { "But " + $0.prefix(1).lowercased() + $0.dropFirst() }].compactMap { $0 }.joined(separator: " ")
        }
        if let nameAndZip {
            return isUnknown("email") && asksEmail ? dontKnow("email") + " " + nameAndZip : nameAndZip
        }
        return asksEmail ? dontKnow("email") : dontKnow("name and zip code")
    }

    private func nameAndZipSentence() -> String? {
        guard let first = known["first_name"]?.scalarText, let last = known["last_name"]?.scalarText,
            let zip = known["zip"]?.scalarText
        else { return nil }
        return "My name is \(first) \(last) and my zip code is \(zip)."
    }

    private func sentence(for key: String) -> String? {
        guard let value = known[key]?.scalarText else { return nil }
        switch key {
        case "order_id": return "The order id is \(value)."
        case "items": return "It's \(value)."
        case "payment_method": return "Please use \(value)."
        case "address": return "The address is \(value)."
        case "reason": return "The reason is: \(value)."
        default: return "My \(key.replacingUnderscores) is \(value)."
        }
    }

    private func isUnknown(_ key: String) -> Bool {
        unknown.contains { $0.lowercased().replacingUnderscores.contains(key.replacingUnderscores) }
    }

    private func dontKnow(_ thing: String) -> String {
        "I'm sorry, I don't know my \(thing.replacingUnderscores)."
    }
}
