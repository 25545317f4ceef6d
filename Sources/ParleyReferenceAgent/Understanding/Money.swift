/// Amounts in dollars, rounded to cents as the tools round them.
enum Money {
    static func round(_ amount: Double) -> Double { (amount * 100).rounded() / 100 }

    /// "$1234.50": two decimals and no thousands separator, so that an
    /// expected output such as "1234.50" is found in it.
    static func text(_ amount: Double) -> String {
        let cents = Int((abs(amount) * 100).rounded())
        let fraction = cents % 100
        return (amount < 0 && cents > 0 ? "-$" : "$") + "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
