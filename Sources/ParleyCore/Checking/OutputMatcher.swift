/// Whether the agent told the user a required value: tau-bench's rule
/// (case-insensitive, commas removed) made number-aware, so that "10" is not
/// found inside "100" or "10.5".
public enum OutputMatcher {
    public static func said(_ expected: String, in messages: [String]) -> Bool {
        let needle = normalise(expected)
        guard !needle.isEmpty else { return true }
        return messages.contains { contains(normalise($0), needle) }
    }

    static func normalise(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "," })
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        guard n.count <= h.count else { return false }
        let numericStart = n.first.map(isDigit) ?? false
        let numericEnd = n.last.map(isDigit) ?? false
        var i = 0
        while i + n.count <= h.count {
            if h[i..<i + n.count].elementsEqual(n) {
                let before = i > 0 ? h[i - 1] : nil
                let after = i + n.count < h.count ? h[i + n.count] : nil
                let afterNext = i + n.count + 1 < h.count ? h[i + n.count + 1] : nil
                let gluedBefore = numericStart && before.map(isDigit) == true
                let glued = numericEnd && (after.map(isDigit) == true || (after == "." && afterNext.map(isDigit) == true))
                // "5" must not match the decimals of "0.5" either.
                let glueDecimal = numericStart && before == "." && i > 1 && isDigit(h[i - 2])
                if !gluedBefore && !glued && !glueDecimal { return true }
            }
            i += 1
        }
        return false
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
