import Testing

@testable import ParleyDomains

/// `PythonRound.toCents` is Python's `round(x, 2)`: the exact binary value
/// is rounded, ties to even (expected values from CPython 3.11).
struct PythonRoundTests {
    @Test(arguments: [
        (2.675, 2.67),  // the double lies just below 2.675
        (-2.675, -2.67),
        (1.005, 1.0),
        (0.125, 0.12),  // an exact tie goes to the even digit
        (0.375, 0.38),
        (0.045, 0.04),
        (1.115, 1.11),
        (0.005, 0.01),
        (0.015, 0.01),
        (0.025, 0.03),
        (1234.565, 1234.57),
        (8276.225, 8276.23),
        (0.04999999999999716, 0.05),
        (123456789012.345, 123456789012.35),
        (4503599627370495.5, 4503599627370495.5),
        (9007199254740992.0, 9007199254740992.0),
        (1e22, 1e22),
        (2.5, 2.5),
        (1e-300, 0.0),
        (Double.leastNonzeroMagnitude, 0.0),
    ])
    func roundsLikePython(value: Double, expected: Double) {
        #expect(PythonRound.toCents(value).bitPattern == expected.bitPattern)
    }

    @Test func keepsTheSignOfZero() {
        #expect(PythonRound.toCents(-0.001).bitPattern == (-0.0).bitPattern)
        #expect(PythonRound.toCents(-Double.leastNonzeroMagnitude).bitPattern == (-0.0).bitPattern)
        #expect(PythonRound.toCents(0.001).bitPattern == (0.0).bitPattern)
    }

    @Test func leavesNonFiniteValuesAlone() {
        #expect(PythonRound.toCents(.infinity) == .infinity)
        #expect(PythonRound.toCents(.nan).isNaN)
    }
}
