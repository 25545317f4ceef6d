import ParleyCore

extension SharedTools {
    /// `calculate`: evaluates an arithmetic expression and returns the result
    /// rounded to two decimals, exactly as tau2-bench's Python tool prints it.
    struct Calculate: Tool {
        let spec = ToolSpec(
            name: "calculate",
            description: "Evaluate an arithmetic expression and get the result rounded to two decimal places. Use it for sums, differences, refunds and price changes instead of doing the arithmetic yourself.",
            parameters: [
                ToolParameter("expression", .string, "The arithmetic to evaluate, using numbers, + - * /, parentheses and spaces, e.g. '(120.5 + 30) * 2'."),
            ],
            mutates: false
        )

        /// The characters upstream lets through to Python's `eval`.
        private static let allowed = Set("0123456789+-*/(). ".unicodeScalars)

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            let expression = try arguments.string("expression")
            guard expression.unicodeScalars.allSatisfy(Self.allowed.contains) else {
                throw ToolError("Invalid characters in expression")
            }
            do throws(PythonError) {
                return .text(try PythonCalculator.evaluate(expression))
            } catch {
                throw ToolError(error.message)
            }
        }
    }
}
