/// A text as lower-cased words, for matching keywords and option values
/// word by word ("track" must not match "tracker", "10" not "#W1010").
struct Words {
    let tokens: [String]

    init(_ text: String) {
        tokens = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Positions where `phrase` starts. A word of the phrase ending in `*`
    /// matches any word it begins ("cancel*" matches "cancelled").
    func positions(of phrase: String) -> [Int] {
        let pattern = phrase.lowercased().split(separator: " ").map(String.init)
        guard !pattern.isEmpty, pattern.count <= tokens.count else { return [] }
        return (0...(tokens.count - pattern.count)).filter { start in
            pattern.indices.allSatisfy { k in Self.word(tokens[start + k], matches: pattern[k]) }
        }
    }

    func contains(_ phrase: String) -> Bool { !positions(of: phrase).isEmpty }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains { contains($0) } }

    /// Whether the words of `value` (an option value such as "40 liters")
    /// occur together.
    func mentions(value: String) -> Bool {
        let words = Words(value).tokens
        return !words.isEmpty && contains(words.joined(separator: " "))
    }

    private static func word(_ token: String, matches pattern: String) -> Bool {
        pattern.hasSuffix("*") ? token.hasPrefix(pattern.dropLast()) : token == pattern
    }
}
