import ParleyCore
import ParleyDomains
import Testing

/// `calculate` gives what tau2-bench's Python tool gives:
/// `str(round(float(eval(expression)), 2))`, errors included (the expected
/// strings come from CPython 3.11).
struct CalculateTests {
    static let cases: [(String, String)] = [
        ("2 + 2", "4.0"),
        ("3131.1 + 4777.75 + 367.38", "8276.23"),
        ("155.33 - 147.05 + 268.77 - 235.13", "41.92"),
        ("135.24 - 153.23", "-17.99"),
        ("1/3", "0.33"),
        ("2.675 * 1", "2.67"),
        ("0.125 + 0", "0.12"),
        ("(1 + 2) * 3 / 4", "2.25"),
        ("7 // 2", "3.0"),
        ("-7 // 2", "-4.0"),
        ("-7.5 // 2", "-4.0"),
        ("2 ** 10", "1024.0"),
        ("2 ** -1", "0.5"),
        ("-2 ** 2", "-4.0"),
        ("2 ** 3 ** 2", "512.0"),
        ("1 -- 2", "3.0"),
        (" 1", "1.0"),
        (".5 + 5.", "5.5"),
        ("10 ** 20 / 3", "3.333333333333333e+19"),
        ("123456789 * 987654321 * 1000", "1.2193263111263527e+20"),
        ("99999999999999999999 / 7", "1.4285714285714287e+19"),
        ("9288441018275540.0 + 0", "9288441018275540.0"),
        ("-0.001", "-0.0"),
        ("1e5", "Error: Invalid characters in expression"),
        ("2 $ 3", "Error: Invalid characters in expression"),
        ("abs(2)", "Error: Invalid characters in expression"),
        ("", "Error: invalid syntax (<string>, line 0)"),
        ("   ", "Error: invalid syntax (<string>, line 0)"),
        ("2 +", "Error: invalid syntax (<string>, line 1)"),
        ("(1", "Error: '(' was never closed (<string>, line 1)"),
        ("1)", "Error: unmatched ')' (<string>, line 1)"),
        ("01", "Error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (<string>, line 1)"),
        ("1 2", "Error: invalid syntax (<string>, line 1)"),
        ("(1 2)", "Error: invalid syntax. Perhaps you forgot a comma? (<string>, line 1)"),
        ("(1 2", "Error: '(' was never closed (<string>, line 1)"),
        ("(1 ) 2 (", "Error: '(' was never closed (<string>, line 1)"),
        ("()", "Error: float() argument must be a string or a real number, not 'tuple'"),
        ("1(2)", "Error: 'int' object is not callable"),
        ("(1.5)(*5)", "Error: 1.5 argument after * must be an iterable, not int"),
        ("5(**())", "Error: 5 argument after ** must be a mapping, not tuple"),
        ("(*5)", "Error: cannot use starred expression here (<string>, line 1)"),
        ("(**5)", "Error: cannot use double starred expression here (<string>, line 1)"),
        ("...", "Error: float() argument must be a string or a real number, not 'ellipsis'"),
        ("(-8) ** 0.5", "Error: float() argument must be a string or a real number, not 'complex'"),
        ("1/0", "Error: division by zero"),
        ("1.0/0", "Error: float division by zero"),
        ("1//0", "Error: integer division or modulo by zero"),
        ("1.0//0", "Error: float floor division by zero"),
        ("0 ** -1", "Error: 0.0 cannot be raised to a negative power"),
        ("2.0 ** 10000", "Error: (34, 'Numerical result out of range')"),
        ("2 ** 10000 * 1.0", "Error: int too large to convert to float"),
        ("() + 1", #"Error: can only concatenate tuple (not "int") to tuple"#),
        ("1 + ()", "Error: unsupported operand type(s) for +: 'int' and 'tuple'"),
        ("-()", "Error: bad operand type for unary -: 'tuple'"),
        ("() * 2.5", "Error: can't multiply sequence by non-int of type 'float'"),
        (String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200), "1.0"),
        (String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201), "Error: too many nested parentheses (<string>, line 1)"),
    ]

    @Test(arguments: cases)
    func matchesPython(expression: String, expected: String) {
        let (outcome, world) = RetailFixture.call("calculate", ["expression": .string(expression)])
        #expect(outcome.output == expected)
        #expect(outcome.isError == expected.hasPrefix("Error: "))
        #expect(world == RetailFixture.world)
    }

    @Test(arguments: [
        (Array(repeating: "1", count: 2_000).joined(separator: "+"), "2000.0"),
        (String(repeating: "-", count: 2_000) + "1", "1.0"),
        ("2" + String(repeating: "**1", count: 2_000), "2.0"),
    ])
    func longChainsMatchPython(expression: String, expected: String) {
        #expect(RetailFixture.call("calculate", ["expression": .string(expression)]).outcome.output == expected)
    }

    /// CPython gives up on chains this long (RecursionError, MemoryError);
    /// Parley evaluates them without deep recursion instead of crashing.
    @Test func veryLongChainsDoNotExhaustTheStack() {
        let sum = Array(repeating: "1", count: 100_000).joined(separator: "+")
        #expect(RetailFixture.call("calculate", ["expression": .string(sum)]).outcome.output == "100000.0")
        let signs = String(repeating: "-", count: 100_000) + "1"
        #expect(RetailFixture.call("calculate", ["expression": .string(signs)]).outcome.output == "1.0")
    }
}
