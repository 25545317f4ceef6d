import Synchronization

/// Counts finished trials and keeps the first failure to write results,
/// shared by the trials that finish concurrently.
final class RunTally: Sendable {
    private let state = Mutex((done: 0, passed: 0, writeFailure: String?.none))

    /// Counts one finished trial; returns the totals so far.
    func count(passed: Bool) -> (done: Int, passed: Int) {
        state.withLock { s in
            s.done += 1
            if passed { s.passed += 1 }
            return (s.done, s.passed)
        }
    }

    func noteWriteFailure(_ message: String) {
        state.withLock { s in s.writeFailure = s.writeFailure ?? message }
    }

    var writeFailure: String? { state.withLock { $0.writeFailure } }
}
