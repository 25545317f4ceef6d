/// A token of the arithmetic subset of Python that `calculate` accepts.
enum PythonToken: Equatable {
    /// A number literal as written: digits, with a `.` for floats.
    case number(String, isFloat: Bool)
    /// `+ - * / ** // ( )` or `...`.
    case op(String)
    /// A lone `.`, which no valid expression here contains.
    case dot
    case end
}

/// Splits an expression into tokens the way CPython's tokenizer does for
/// the characters `0-9 + - * / ( ) .` and space.
struct PythonTokens {
    var tokens: [PythonToken] = []
    /// The first tokenizer error. CPython reports it in preference to any
    /// parser error, wherever it sits in the source.
    var error: PythonError?
    /// Whether a `(` is still open at the end of the source.
    var unclosedAtEnd = false

    /// CPython's limit on nesting (`MAXLEVEL`).
    static let maxNesting = 200

    init(_ source: String) {
        let chars = Array(source.utf8)
        var i = 0
        var level = 0
        func isDigit(_ at: Int) -> Bool { at < chars.count && chars[at] >= UInt8(ascii: "0") && chars[at] <= UInt8(ascii: "9") }
        func digits(from start: Int) -> Int {
            var j = start
            while isDigit(j) { j += 1 }
            return j
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case UInt8(ascii: " "):
                i += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let intEnd = digits(from: i)
                if intEnd < chars.count, chars[intEnd] == UInt8(ascii: ".") {
                    let end = digits(from: intEnd + 1)
                    tokens.append(.number(String(decoding: chars[i..<end], as: UTF8.self), isFloat: true))
                    i = end
                } else {
                    let text = String(decoding: chars[i..<intEnd], as: UTF8.self)
                    if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" }) {
                        error = .syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
                        return
                    }
                    tokens.append(.number(text, isFloat: false))
                    i = intEnd
                }
            case UInt8(ascii: "."):
                if isDigit(i + 1) {
                    let end = digits(from: i + 1)
                    tokens.append(.number(String(decoding: chars[i..<end], as: UTF8.self), isFloat: true))
                    i = end
                } else if i + 2 < chars.count, chars[i + 1] == c, chars[i + 2] == c {
                    tokens.append(.op("..."))
                    i += 3
                } else {
                    tokens.append(.dot)
                    i += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "/"):
                let doubled = i + 1 < chars.count && chars[i + 1] == c
                let symbol = String(UnicodeScalar(c))
                tokens.append(.op(doubled ? symbol + symbol : symbol))
                i += doubled ? 2 : 1
            case UInt8(ascii: "("):
                if level >= Self.maxNesting {
                    error = .syntax("too many nested parentheses")
                    return
                }
                level += 1
                tokens.append(.op("("))
                i += 1
            case UInt8(ascii: ")"):
                if level == 0 {
                    error = .syntax("unmatched ')'")
                    return
                }
                level -= 1
                tokens.append(.op(")"))
                i += 1
            default:  // + and -; other characters are rejected before tokenizing
                tokens.append(.op(String(UnicodeScalar(c))))
                i += 1
            }
        }
        tokens.append(.end)
        unclosedAtEnd = level > 0
    }
}
