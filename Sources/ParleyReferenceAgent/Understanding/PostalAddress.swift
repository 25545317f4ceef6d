/// A street address, as the address tools take it.
struct PostalAddress: Equatable {
    var address1: String
    var address2: String
    var city: String
    var state: String
    var country: String
    var zip: String

    var arguments: [(String, String)] {
        [("address1", address1), ("address2", address2), ("city", city), ("state", state), ("country", country), ("zip", zip)]
    }

    /// "48 Harbor Road, Apt 3B, Portland, ME 04101, USA"
    var line: String {
        ([address1] + (address2.isEmpty ? [] : [address2]) + [city, "\(state) \(zip)", country]).joined(separator: ", ")
    }

    /// The last address written as "street[, line 2], city, ST 12345[, country]" in `text`.
    static func find(in text: String) -> PostalAddress? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(" \t\n.;:!?\"") }
        var found: PostalAddress?
        for i in parts.indices where i >= 1 {
            guard let (state, zip, rest) = stateAndZip(parts, at: i) else { continue }
            let city = parts[i - 1]
            guard !city.isEmpty, city.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }) else { continue }
            var j = i - 2
            var address2 = ""
            if j >= 1, isSecondLine(parts[j]) {
                address2 = parts[j]
                j -= 1
            }
            guard j >= 0, let street = street(in: parts[j]) else { continue }
            let country = rest.map { isCountry($0) ? "USA" : $0 } ?? "USA"
            found = PostalAddress(address1: street, address2: address2, city: city, state: state.uppercased(), country: country, zip: zip)
        }
        return found
    }

    /// "ME 04101" in one part, or "ME" and "04101" in two; also what follows (the country).
    private static func stateAndZip(_ parts: [String], at i: Int) -> (String, String, String?)? {
        let words = parts[i].split(separator: " ").map(String.init)
        if words.count >= 2, isState(words[0]), Entities.isZip(words[1]) {
            let rest = words.count > 2 ? words[2...].joined(separator: " ") : (i + 1 < parts.count && isCountry(parts[i + 1]) ? parts[i + 1] : nil)
            return (words[0], words[1], rest.flatMap { isCountry($0) ? $0 : nil })
        }
        if words.count == 1, isState(words[0]), i + 1 < parts.count {
            let next = parts[i + 1].split(separator: " ").map(String.init)
            if let zip = next.first, Entities.isZip(zip) {
                let rest = next.count > 1 ? next[1...].joined(separator: " ") : (i + 2 < parts.count && isCountry(parts[i + 2]) ? parts[i + 2] : nil)
                return (words[0], zip, rest.flatMap { isCountry($0) ? $0 : nil })
            }
        }
        return nil
    }

    private static func isState(_ word: String) -> Bool { word.count == 2 && word.allSatisfy { $0.isASCII && $0.isUppercase } }

    private static func isCountry(_ text: String) -> Bool {
        ["usa", "us", "u.s.a", "u.s", "united states", "united states of america"].contains(text.lowercased().trimmingCharacters(" ."))
    }

    private static func isSecondLine(_ part: String) -> Bool {
        let first = part.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ["apt", "apt.", "apartment", "suite", "ste", "unit", "floor", "fl", "building", "bldg", "room"].contains(first)
            || part.hasPrefix("#")
    }

    /// The street line: from the last house number followed by a word.
    private static func street(in part: String) -> String? {
        let words = part.split(separator: " ").map(String.init)
        guard let start = words.indices.last(where: { k in
            k + 1 < words.count && words[k].allSatisfy({ $0.isASCII && $0.isNumber }) && words[k + 1].first?.isLetter == true
        }) else { return nil }
        return words[start...].joined(separator: " ")
    }
}
