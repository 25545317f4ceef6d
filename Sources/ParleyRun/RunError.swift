import ParleyCore

/// Why a run did not produce results.
public enum RunError: Error, Sendable, CustomStringConvertible {
    /// Input files are wrong: exit code 2.
    case badInput([Diagnostic])
    /// Bad usage (flags): exit code 2.
    case usage(String)
    /// The run could not be carried out (agent unreachable, folder not writable): exit code 3.
    case couldNotRun(String)

    public var description: String {
        switch self {
        case .badInput(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .usage(let message), .couldNotRun(let message): message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .badInput, .usage: 2
        case .couldNotRun: 3
        }
    }
}
