/// Python's `round(x, 2)` for floats, which tau2-bench applies to prices
/// and balances.
///
/// Python rounds the exact binary value of `x`, not its shortest decimal
/// form: the double written `2.675` lies just below the tie, so
/// `round(2.675, 2)` is `2.67`. Exact ties (`0.125`) go to the even digit.
/// The result is the double nearest the rounded decimal.
enum PythonRound {
    static func toCents(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let magnitude = x.magnitude
        // From 2^52 up every double is a whole number.
        if magnitude >= 0x1p52 { return x }
        // Below 2^-61, 100·|x| < 2^-54 is far from 0.005: rounds to zero.
        if magnitude < 0x1p-61 { return x.sign == .minus ? -0.0 : 0.0 }

        // |x| = significand · 2^-shift exactly, with a 53-bit significand.
        let significand = magnitude.significandBitPattern | (1 << 52)
        let shift = 52 - Int(magnitude.exponent)  // 1...113
        let scaled = significand * 100  // < 2^60: no overflow
        var cents: UInt64
        if shift >= 64 {
            cents = 0  // scaled < 2^60 < half of 2^shift
        } else {
            cents = scaled >> UInt64(shift)
            let remainder = scaled & ((1 << UInt64(shift)) - 1)
            let half: UInt64 = 1 << UInt64(shift - 1)
            if remainder > half || (remainder == half && cents & 1 == 1) { cents += 1 }
        }
        let rounded = nearestDouble(toHundredths: cents)
        return x.sign == .minus ? -rounded : rounded
    }

    /// The double nearest `cents / 100`.
    private static func nearestDouble(toHundredths cents: UInt64) -> Double {
        // Both operands exact: one correctly rounded division.
        if cents <= 1 << 53 { return Double(cents) / 100 }
        // Too many digits for an exact Double(cents): let the decimal
        // parser (correctly rounded) read "units.hundredths".
        let units = cents / 100, hundredths = cents % 100
        return Double("\(units).\(hundredths < 10 ? "0" : "")\(hundredths)")!
    }
}
