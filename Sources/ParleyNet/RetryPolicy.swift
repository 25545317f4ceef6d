/// When and how long to wait before trying a request again.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the second attempt; doubled for each further one.
    public var initialBackoff: Duration
    /// No wait is longer than this, whatever a `Retry-After` header asks.
    public var maxBackoff: Duration

    public init(maxAttempts: Int = 4, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
    }

    /// No retries, for tests that want the first failure.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Whether a response status is worth another attempt: rate limits and server errors.
    public static func isRetryable(status: Int) -> Bool { status == 429 || status == 408 || (500...599).contains(status) }

    /// The wait before attempt `attempt + 1` (attempt counts from 1).
    public func backoff(after attempt: Int, retryAfterSeconds: Double? = nil) -> Duration {
        if let seconds = retryAfterSeconds, seconds >= 0 {
            return min(.milliseconds(Int(seconds * 1000)), maxBackoff)
        }
        let factor = 1 << min(attempt - 1, 16)
        return min(initialBackoff * factor, maxBackoff)
    }
}
