#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's arithmetic on ints and floats, with its error messages
/// (those of Python 3.11).
enum PythonArithmetic {
    static func apply(_ op: PythonUnaryOperator, _ value: PythonValue) throws(PythonError) -> PythonValue {
        switch (op, value) {
        case (.plus, .int), (.plus, .bigInt), (.plus, .float), (.plus, .complex), (.minus, .complex):
            return value
        case (.minus, .int(let i)):
            return i == .min ? .bigInt(-Double(i)) : .int(-i)
        case (.minus, .bigInt(let d)): return .bigInt(-d)
        case (.minus, .float(let d)): return .float(-d)
        default:
            throw PythonError("bad operand type for unary \(op.rawValue): '\(value.typeName)'")
        }
    }

    static func apply(_ op: PythonBinaryOperator, _ lhs: PythonValue, _ rhs: PythonValue) throws(PythonError) -> PythonValue {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            return try integers(op, a, b)
        case (.int, .bigInt), (.bigInt, .int), (.bigInt, .bigInt):
            return try bigIntegers(op, lhs.approximation, rhs.approximation)
        case (.int, .float), (.bigInt, .float), (.float, .int), (.float, .bigInt), (.float, .float):
            return try floats(op, try lhs.toFloat(), try rhs.toFloat())
        default:
            return try PythonOtherArithmetic.apply(op, lhs, rhs)
        }
    }

    private static func integers(_ op: PythonBinaryOperator, _ a: Int128, _ b: Int128) throws(PythonError) -> PythonValue {
        switch op {
        case .add: return exact(a.addingReportingOverflow(b)) { Double(a) + Double(b) }
        case .subtract: return exact(a.subtractingReportingOverflow(b)) { Double(a) - Double(b) }
        case .multiply: return exact(a.multipliedReportingOverflow(by: b)) { Double(a) * Double(b) }
        case .divide:
            guard b != 0 else { throw PythonError("division by zero") }
            return .float(PythonIntegerDivision.trueQuotient(a, b))
        case .floorDivide:
            guard b != 0 else { throw PythonError("integer division or modulo by zero") }
            if a == .min, b == -1 { return .bigInt(-Double(a)) }
            let q = a / b
            return .int((a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q)
        case .power:
            if b < 0 { return try floats(.power, Double(a), Double(b)) }
            return integerPower(a, b)
        }
    }

    private static func exact(_ result: (partialValue: Int128, overflow: Bool), _ approximate: () -> Double) -> PythonValue {
        result.overflow ? .bigInt(approximate()) : .int(result.partialValue)
    }

    private static func integerPower(_ base: Int128, _ exponent: Int128) -> PythonValue {
        var result: Int128 = 1, factor = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: factor)
                if o { return .bigInt(pow(Double(base), Double(exponent))) }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (f, o) = factor.multipliedReportingOverflow(by: factor)
                if o { return .bigInt(pow(Double(base), Double(exponent))) }
                factor = f
            }
        }
        return .int(result)
    }

    /// Ints too large for 127 bits, approximated by doubles.
    private static func bigIntegers(_ op: PythonBinaryOperator, _ a: Double, _ b: Double) throws(PythonError) -> PythonValue {
        switch op {
        case .add: return .integer(a + b)
        case .subtract: return .integer(a - b)
        case .multiply: return .integer(a * b)
        case .divide:
            guard b != 0 else { throw PythonError("division by zero") }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw PythonError("integer division or modulo by zero") }
            return .integer((a / b).rounded(.down))
        case .power:
            if b < 0 { return try floats(.power, a, b) }
            return .integer(pow(a, b))
        }
    }

    static func floats(_ op: PythonBinaryOperator, _ a: Double, _ b: Double) throws(PythonError) -> PythonValue {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            guard b != 0 else { throw PythonError("float division by zero") }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw PythonError("float floor division by zero") }
            return .float(floorDivide(a, b))
        case .power:
            return try power(a, b)
        }
    }

    /// CPython's `float.__floordiv__`, which goes through `fmod` so that
    /// `a == b * (a // b) + a % b` holds as closely as floats allow.
    private static func floorDivide(_ a: Double, _ b: Double) -> Double {
        let mod = a.truncatingRemainder(dividingBy: b)
        var div = (a - mod) / b
        if mod != 0, (b < 0) != (mod < 0) { div -= 1 }
        guard div != 0 else { return Double(signOf: a / b, magnitudeOf: 0) }
        var floored = div.rounded(.down)
        if div - floored > 0.5 { floored += 1 }
        return floored
    }

    /// CPython's `float.__pow__`, special cases included.
    private static func power(_ base: Double, _ exponent: Double) throws(PythonError) -> PythonValue {
        if exponent == 0 { return .float(1) }
        if base.isNaN { return .float(base) }
        if exponent.isNaN { return .float(base == 1 ? 1 : exponent) }
        if exponent.isInfinite || base.isInfinite { return .float(pow(base, exponent)) }
        if base == 0 {
            guard exponent > 0 else { throw PythonError("0.0 cannot be raised to a negative power") }
            return .float(pow(base, exponent))
        }
        if base < 0, exponent != exponent.rounded(.down) { return .complex }
        let result = pow(base, exponent)
        if result.isInfinite { throw PythonError("(34, 'Numerical result out of range')") }
        return .float(result)
    }
}
