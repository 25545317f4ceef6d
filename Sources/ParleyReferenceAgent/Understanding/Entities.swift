/// Values pulled out of the user's words: email, name and zip, order ids,
/// the reason for a cancellation.
enum Entities {
    /// Email addresses, in the order they appear.
    static func emails(in text: String) -> [String] {
        let chars = Array(text)
        var found: [String] = []
        for (at, c) in chars.enumerated() where c == "@" {
            var start = at
            while start > 0, isLocalChar(chars[start - 1]) { start -= 1 }
            var end = at + 1
            while end < chars.count, isDomainChar(chars[end]) { end += 1 }
            var domain = String(chars[(at + 1)..<end])
            while domain.hasSuffix(".") || domain.hasSuffix("-") { domain.removeLast() }
            let local = String(chars[start..<at])
            if !local.isEmpty, domain.contains("."), !domain.hasPrefix(".") { found.append(local + "@" + domain) }
        }
        return found
    }

    private static func isLocalChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c)) }
    private static func isDomainChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || ".-".contains(c)) }

    /// Order ids such as "#W1001" (also written without the '#'), normalised to "#W1001".
    static func orderIDs(in text: String) -> [String] {
        let chars = Array(text)
        var found: [String] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if (c == "W" || c == "w"), startsWord || chars[i - 1] == "#" {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                let endsWord = j == chars.count || !(chars[j].isLetter || chars[j].isNumber)
                if j - i - 1 >= 4, endsWord {
                    let id = "#W" + String(chars[(i + 1)..<j])
                    if !found.contains(id) { found.append(id) }
                    i = j
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// "My name is Ava Moore and my zip code is 11215", or the name and the zip given apart.
    static func nameAndZip(in texts: [String]) -> (first: String, last: String, zip: String)? {
        var first: String?, last: String?, zip: String?
        for text in texts {
            let words = text.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(";,.!?:\"()") }
            let lower = words.map { $0.lowercased() }
            for i in words.indices {
                if lower[i] == "name", i + 3 < words.count, lower[i + 1] == "is", isName(words[i + 2]), isName(words[i + 3]),
                    i == 0 || !["first", "last", "user"].contains(lower[i - 1])
                {
                    first = capitalised(words[i + 2])
                    last = capitalised(words[i + 3])
                }
                if i + 3 < words.count, lower[i] == "first" || lower[i] == "last", lower[i + 1] == "name", lower[i + 2] == "is",
                    isName(words[i + 3])
                {
                    if lower[i] == "first" { first = capitalised(words[i + 3]) } else { last = capitalised(words[i + 3]) }
                }
                // "I'm Ava Moore", "this is Ava Moore": only capitalised words, to avoid "I am not sure".
                let introduces = ["i'm", "i’m", "im"].contains(lower[i]) || (i > 0 && (lower[i - 1], lower[i]) == ("i", "am"))
                    || (i > 0 && (lower[i - 1], lower[i]) == ("this", "is"))
                if first == nil, introduces, i + 2 < words.count, isCapitalisedName(words[i + 1]), isCapitalisedName(words[i + 2]) {
                    first = words[i + 1]
                    last = words[i + 2]
                }
                if lower[i] == "zip" || lower[i] == "postal" || lower[i] == "zipcode" {
                    if let code = words[(i + 1)...].prefix(4).first(where: isZip) { zip = code }
                }
            }
            if zip == nil, first != nil, let code = words.first(where: isZip) { zip = code }
        }
        guard let first, let last, let zip else { return nil }
        return (first, last, zip)
    }

    static func isZip(_ word: String) -> Bool { word.count == 5 && word.allSatisfy { $0.isASCII && $0.isNumber } }

    private static func isName(_ word: String) -> Bool {
        !word.isEmpty && word.first!.isLetter && word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" }
            && !["and", "my", "is", "the"].contains(word.lowercased())
    }

    private static func isCapitalisedName(_ word: String) -> Bool { isName(word) && word.first!.isUppercase }

    private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// The reason for a cancellation the policy accepts, if the user gave one.
    static func cancelReason(in text: String) -> CancelReason? {
        let words = Words(text)
        if words.containsAny(["mistake", "by accident", "accidentally", "accidental", "ordered the wrong", "wrong order"]) {
            return .orderedByMistake
        }
        if words.containsAny(["no longer need*", "don t need", "do not need", "not needed", "no longer want", "don t want",
                              "do not want", "not need"]) {
            return .noLongerNeeded
        }
        return nil
    }
}

/// The two reasons the policy accepts for cancelling.
enum CancelReason: String {
    case noLongerNeeded = "no longer needed"
    case orderedByMistake = "ordered by mistake"

    var other: CancelReason { self == .noLongerNeeded ? .orderedByMistake : .noLongerNeeded }

    var explanation: String { self == .noLongerNeeded ? "it is no longer needed" : "it was ordered by mistake" }
}

extension StringProtocol {
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
