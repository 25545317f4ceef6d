import ParleyCore

/// What a run reports while it goes.
public enum RunProgress: Sendable {
    /// The run starts: where its files go and how many trials it has.
    case started(directory: String, trials: Int, agent: String)
    /// One trial finished.
    case finished(TrialResult, done: Int, total: Int, passed: Int)
}
