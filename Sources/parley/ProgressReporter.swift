import ParleyCore
import ParleyReport
import ParleyRun
import Synchronization

/// The progress line on standard error: rewritten in place on a terminal,
/// one line per finished trial otherwise (CI logs).
final class ProgressReporter: Sendable {
    private let interactive: Bool
    private let wroteLine = Mutex(false)

    init(interactive: Bool) { self.interactive = interactive }

    func report(_ event: RunProgress) {
        switch event {
        case .started(let directory, let trials, let agent):
            FileOutput.standardError.write("parley: \(trials) trial(s) against \(agent)\nparley: writing \(directory)\n")
        case .finished(let result, let done, let total, let passed):
            let mark = result.verdict.passed ? "pass" : "FAIL"
            let line = "[\(done)/\(total)] passed \(passed), failed \(done - passed)  \(mark) \(result.scenarioID)#\(result.trial)"
            if interactive {
                FileOutput.standardError.write("\r\u{1B}[2K" + line)
                wroteLine.withLock { $0 = true }
            } else {
                FileOutput.standardError.write(line + (result.verdict.passed ? "" : "  — " + SummaryTable.reason(result)) + "\n")
            }
        }
    }

    func finish() {
        if wroteLine.withLock({ $0 }) { FileOutput.standardError.write("\n") }
    }
}
