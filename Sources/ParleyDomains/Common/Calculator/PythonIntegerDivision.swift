/// Python's `int / int`: the correctly rounded quotient, computed exactly
/// rather than by dividing two rounded doubles.
enum PythonIntegerDivision {
    static func trueQuotient(_ a: Int128, _ b: Int128) -> Double {
        let limit: Int128 = 1 << 53
        // Both exact as doubles: one IEEE division rounds correctly.
        if a.magnitude <= limit.magnitude, b.magnitude <= limit.magnitude { return Double(a) / Double(b) }
        let negative = (a < 0) != (b < 0)
        let n = a.magnitude, d = b.magnitude
        if n == 0 { return negative ? -0.0 : 0.0 }
        // Long division producing 55 significant quotient bits, then
        // rounding to 53 with the remainder as a sticky bit.
        var quotient = n / d
        var remainder = n % d
        var scale = 0  // result = quotient · 2^-scale
        while quotient.bitWidth - quotient.leadingZeroBitCount < 55 {
            remainder <<= 1  // remainder < d ≤ 2^127: no overflow
            quotient <<= 1
            if remainder >= d {
                remainder -= d
                quotient |= 1
            }
            scale += 1
        }
        let bits = quotient.bitWidth - quotient.leadingZeroBitCount
        let extra = bits - 53
        if extra > 0 {
            let low = quotient & ((1 << UInt128(extra)) - 1)
            let half: UInt128 = 1 << UInt128(extra - 1)
            quotient >>= UInt128(extra)
            scale -= extra
            // Ties (nothing left over) go to even.
            if low > half || (low == half && (remainder != 0 || quotient & 1 == 1)) { quotient += 1 }
        }
        let magnitude = Double(quotient) * Double(sign: .plus, exponent: -scale, significand: 1)
        return negative ? -magnitude : magnitude
    }
}
