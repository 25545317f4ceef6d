/// An exception Python would raise while compiling or evaluating an
/// expression; `message` is what `str(exception)` gives.
struct PythonError: Error, Equatable {
    var message: String

    init(_ message: String) { self.message = message }

    /// A `SyntaxError` as `eval` reports it for a one-line source.
    static func syntax(_ text: String, line: Int = 1) -> PythonError {
        PythonError("\(text) (<string>, line \(line))")
    }

    static let invalidSyntax = syntax("invalid syntax")
    static let forgotComma = syntax("invalid syntax. Perhaps you forgot a comma?")
    static let neverClosed = syntax("'(' was never closed")
}
