/// One step of a compiled expression. Expressions compile to a stack
/// program so that long chains (`1+1+…+1`) evaluate without recursion.
enum PythonInstruction: Equatable {
    case push(PythonValue)
    case unary(PythonUnaryOperator)
    case binary(PythonBinaryOperator)
    /// Calling a value (`2(3)`), which is always a `TypeError` here.
    case call(PythonCallArgument)
}

/// The argument of a call: none, plain, `*x` or `**x`.
enum PythonCallArgument: Equatable {
    case none, plain, star, doubleStar
}

/// Compiles the arithmetic subset of Python's expression grammar,
/// reporting syntax errors as CPython's `eval` does:
///
///     sum:     sum ('+' | '-') term | term
///     term:    term ('*' | '/' | '//') factor | factor
///     factor:  ('+' | '-') factor | power
///     power:   primary ['**' factor]
///     primary: primary '(' [['*' | '**'] sum] ')' | atom
///     atom:    NUMBER | '...' | '(' ')' | '(' sum ')'
///
/// (`(*x)` parses only to be rejected, as in CPython.)
///
/// CPython's error choice is reproduced: a tokenizer error anywhere wins;
/// reading the end of the source with a `(` open is "'(' was never
/// closed"; two expressions side by side inside parentheses suggest a
/// missing comma.
struct PythonParser {
    private let source: PythonTokens
    private var index = 0
    /// Parentheses opened and not yet closed at `index`.
    private var depth = 0
    private var program: [PythonInstruction] = []
    /// Set while reading a would-be second expression, where CPython turns
    /// its error-suggestion rules off.
    private var readingSecondExpression = false

    static func compile(_ text: String) throws(PythonError) -> [PythonInstruction] {
        let source = PythonTokens(text)
        if let error = source.error { throw error }
        if source.tokens == [.end] { throw .syntax("invalid syntax", line: 0) }
        var parser = PythonParser(source: source)
        try parser.parseSum()
        let next = try parser.peek()
        if next != .end { throw try parser.unexpected(next) }
        return parser.program
    }

    private init(source: PythonTokens) { self.source = source }

    private func peek() throws(PythonError) -> PythonToken {
        let token = source.tokens[index]
        if token == .end, source.unclosedAtEnd { throw .neverClosed }
        return token
    }

    private mutating func parseSum() throws(PythonError) {
        try parseTerm()
        while case .op(let symbol) = try peek(), symbol == "+" || symbol == "-" {
            index += 1
            try parseTerm()
            program.append(.binary(symbol == "+" ? .add : .subtract))
        }
    }

    private mutating func parseTerm() throws(PythonError) {
        try parseFactor()
        while case .op(let symbol) = try peek(), let op = Self.termOperators[symbol] {
            index += 1
            try parseFactor()
            program.append(.binary(op))
        }
    }

    private static let termOperators: [String: PythonBinaryOperator] = ["*": .multiply, "/": .divide, "//": .floorDivide]

    /// `factor` and `power` together, iteratively: `-a ** -b ** c` is read
    /// as a list of (signs, primary) links and folded from the right.
    private mutating func parseFactor() throws(PythonError) {
        var signs: [[PythonUnaryOperator]] = []
        while true {
            var prefix: [PythonUnaryOperator] = []
            while case .op(let symbol) = try peek(), symbol == "+" || symbol == "-" {
                prefix.append(symbol == "+" ? .plus : .minus)
                index += 1
            }
            try parsePrimary()
            signs.append(prefix)
            guard try peek() == .op("**") else { break }
            index += 1
        }
        for link in signs.indices.reversed() {
            if link < signs.count - 1 { program.append(.binary(.power)) }
            program.append(contentsOf: signs[link].reversed().map { .unary($0) })
        }
    }

    private mutating func parsePrimary() throws(PythonError) {
        try parseAtom()
        while true {
            switch try peek() {
            case .op("("):
                index += 1
                depth += 1
                var argument = PythonCallArgument.none
                if try peek() != .op(")") {
                    argument = try parseUnpacking() ?? .plain
                    try parseSum()
                }
                try close()
                program.append(.call(argument))
            case .dot:
                // An attribute needs a name after the dot; CPython looks at
                // the next token before giving up, which may be the end.
                index += 1
                _ = try peek()
                throw .invalidSyntax
            default:
                return
            }
        }
    }

    private mutating func parseAtom() throws(PythonError) {
        switch try peek() {
        case .number(let text, let isFloat):
            index += 1
            program.append(.push(isFloat ? .float(Self.float(text)) : Self.int(text)))
        case .op("..."):
            index += 1
            program.append(.push(.ellipsis))
        case .op("("):
            index += 1
            depth += 1
            if try peek() == .op(")") {
                program.append(.push(.emptyTuple))
            } else if let unpacking = try parseUnpacking() {
                try parseSum()
                let next = try peek()
                guard next == .op(")") else { throw try unexpected(next) }
                throw .syntax("cannot use \(unpacking == .star ? "" : "double ")starred expression here")
            } else {
                try parseSum()
            }
            try close()
        default:
            throw .invalidSyntax
        }
    }

    /// A leading `*` or `**`, consumed.
    private mutating func parseUnpacking() throws(PythonError) -> PythonCallArgument? {
        switch try peek() {
        case .op("*"): index += 1; return .star
        case .op("**"): index += 1; return .doubleStar
        default: return nil
        }
    }

    private mutating func close() throws(PythonError) {
        let next = try peek()
        guard next == .op(")") else { throw try unexpected(next) }
        index += 1
        depth -= 1
    }

    /// The error for `token` found where an expression should have ended.
    /// CPython tries to read it as a second expression (`(1 2)`) to suggest
    /// a missing comma; that attempt may run into the end of the source.
    private mutating func unexpected(_ token: PythonToken) throws(PythonError) -> PythonError {
        guard !readingSecondExpression else { return .invalidSyntax }
        switch token {
        case .number, .op("..."): break
        default: return .invalidSyntax
        }
        let level = depth
        readingSecondExpression = true
        defer { readingSecondExpression = false }
        do throws(PythonError) {
            try parseSum()
        } catch where error == .neverClosed {
            throw error
        } catch {
            // Backtracking: a shorter second expression still counts.
        }
        return level > 0 ? .forgotComma : .invalidSyntax
    }

    private static func int(_ digits: String) -> PythonValue {
        if let value = Int128(digits) { return .int(value) }
        return .bigInt(Double(digits) ?? .infinity)
    }

    private static func float(_ text: String) -> Double {
        let padded = (text.hasPrefix(".") ? "0" : "") + text + (text.hasSuffix(".") ? "0" : "")
        return Double(padded) ?? .infinity
    }
}
