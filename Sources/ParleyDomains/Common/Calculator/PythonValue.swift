/// A value an arithmetic Python expression can produce.
enum PythonValue: Equatable {
    /// An int, exact up to 127 bits.
    case int(Int128)
    /// An int beyond 127 bits, held as its nearest double (Python's ints
    /// are unbounded; results that pass through one may differ from
    /// Python's in the last digit).
    case bigInt(Double)
    case float(Double)
    /// `(-8) ** 0.5` is complex in Python; its value never matters here,
    /// since `float()` of a complex is an error.
    case complex
    /// `()`; every tuple these expressions can build is empty.
    case emptyTuple
    case ellipsis

    var typeName: String {
        switch self {
        case .int, .bigInt: "int"
        case .float: "float"
        case .complex: "complex"
        case .emptyTuple: "tuple"
        case .ellipsis: "ellipsis"
        }
    }

    /// An integral double as an int.
    static func integer(_ d: Double) -> PythonValue {
        if d.isFinite, d.magnitude < 0x1p127 { return .int(Int128(d)) }
        return .bigInt(d)
    }

    /// An int's value as a double (infinite when beyond the double range).
    var approximation: Double {
        switch self {
        case .int(let i): Double(i)
        case .bigInt(let d), .float(let d): d
        default: .nan
        }
    }

    /// Python's `repr(self)`, as a `TypeError` names a value.
    var repr: String {
        switch self {
        case .int(let i): String(i)
        case .bigInt(let d): PythonCalculator.format(d)  // approximate, like the value
        case .float(let d): PythonCalculator.format(d)
        case .complex: "complex"
        case .emptyTuple: "()"
        case .ellipsis: "Ellipsis"
        }
    }

    var isInteger: Bool {
        switch self {
        case .int, .bigInt: true
        default: false
        }
    }

    /// Python's `float(self)`.
    func toFloat() throws(PythonError) -> Double {
        switch self {
        case .int(let i): return Double(i)  // correctly rounded, as Python's
        case .bigInt(let d):
            guard d.isFinite else { throw PythonError("int too large to convert to float") }
            return d
        case .float(let d): return d
        case .complex, .emptyTuple, .ellipsis:
            throw PythonError("float() argument must be a string or a real number, not '\(typeName)'")
        }
    }
}

enum PythonUnaryOperator: String {
    case plus = "+", minus = "-"
}

enum PythonBinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", power = "**"

    /// How Python names the operator in a `TypeError`.
    var errorSymbol: String { self == .power ? "** or pow()" : rawValue }
}
