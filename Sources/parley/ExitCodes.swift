import ArgumentParser
import ParleyCore
import ParleyRun

/// Prints problems to standard error and exits with the run's code.
func fail(_ error: RunError) -> ExitCode {
    printError(error.description)
    return ExitCode(error.exitCode)
}

func printError(_ text: String) {
    var stderr = StandardError()
    print(text, to: &stderr)
}

/// Standard error as a `TextOutputStream`, for progress and problems.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileOutput.standardError.write(string)
    }
}
