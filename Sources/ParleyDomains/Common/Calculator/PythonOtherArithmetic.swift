/// Python's operators where a complex, a tuple or `...` is involved: the
/// few results these expressions can produce, and the `TypeError`s.
enum PythonOtherArithmetic {
    static func apply(_ op: PythonBinaryOperator, _ lhs: PythonValue, _ rhs: PythonValue) throws(PythonError) -> PythonValue {
        func unsupported() -> PythonError {
            PythonError("unsupported operand type(s) for \(op.errorSymbol): '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
        let lhsNumeric = lhs != .emptyTuple && lhs != .ellipsis
        let rhsNumeric = rhs != .emptyTuple && rhs != .ellipsis
        if lhsNumeric, rhsNumeric {  // at least one complex
            switch op {
            case .floorDivide: throw unsupported()
            case .divide where rhs == .int(0) || rhs == .float(0):
                throw PythonError("complex division by zero")
            default: return .complex
            }
        }
        switch op {
        case .add where lhs == .emptyTuple:
            guard rhs == .emptyTuple else { throw PythonError("can only concatenate tuple (not \"\(rhs.typeName)\") to tuple") }
            return .emptyTuple
        case .multiply where lhs == .emptyTuple || rhs == .emptyTuple:
            let other = lhs == .emptyTuple ? rhs : lhs
            guard other.isInteger else { throw PythonError("can't multiply sequence by non-int of type '\(other.typeName)'") }
            // A repeat count must fit in a C ssize_t.
            guard case .int(let count) = other, Int64(exactly: count) != nil else {
                throw PythonError("cannot fit 'int' into an index-sized integer")
            }
            return .emptyTuple
        default:
            throw unsupported()
        }
    }

    /// Calling a value, which nothing here supports. A `*` or `**`
    /// argument is checked first, as Python unpacks before calling.
    static func call(_ callee: PythonValue, argument: PythonValue?, unpacking: PythonCallArgument) -> PythonError {
        switch unpacking {
        case .star where argument != .emptyTuple:
            PythonError("\(callee.repr) argument after * must be an iterable, not \(argument?.typeName ?? "")")
        case .doubleStar:
            PythonError("\(callee.repr) argument after ** must be a mapping, not \(argument?.typeName ?? "")")
        default:
            PythonError("'\(callee.typeName)' object is not callable")
        }
    }
}
