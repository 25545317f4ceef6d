import ParleyCore

/// What tau2-bench's `calculate` computes: `str(round(float(eval(e)), 2))`
/// for an expression of numbers, `+ - * /`, parentheses and spaces.
enum PythonCalculator {
    static func evaluate(_ expression: String) throws(PythonError) -> String {
        let program = try PythonParser.compile(expression)
        let value = try run(program).toFloat()
        return format(PythonRound.toCents(value))
    }

    static func run(_ program: [PythonInstruction]) throws(PythonError) -> PythonValue {
        var stack: [PythonValue] = []
        for instruction in program {
            switch instruction {
            case .push(let value):
                stack.append(value)
            case .unary(let op):
                stack.append(try PythonArithmetic.apply(op, stack.removeLast()))
            case .binary(let op):
                let rhs = stack.removeLast()
                let lhs = stack.removeLast()
                stack.append(try PythonArithmetic.apply(op, lhs, rhs))
            case .call(let argument):
                let value = argument == .none ? nil : stack.removeLast()
                throw PythonOtherArithmetic.call(stack.removeLast(), argument: value, unpacking: argument)
            }
        }
        return stack.removeLast()
    }

    /// Python's `str(float)`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let text = JSONWriter.format(value)
        // Python writes whole numbers below 1e16 in fixed notation; Swift
        // switches to an exponent from 2^53 (about 9.007e15) on.
        guard text.hasSuffix("e+15") else { return text }
        let mantissa = text.dropLast(4)
        let negative = mantissa.hasPrefix("-")
        let digits = mantissa.filter(\.isNumber)
        return (negative ? "-" : "") + digits + String(repeating: "0", count: 16 - digits.count) + ".0"
    }
}
