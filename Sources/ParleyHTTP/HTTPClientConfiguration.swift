/// Settings shared by every request of one ``HTTPClient``.
public struct HTTPClientConfiguration: Sendable, Hashable {
    /// Limit for establishing a connection (within each request's own timeout).
    public var connectTimeout: Duration
    /// Most simultaneous connections to one host; further requests wait for a
    /// free one, and the wait counts against their timeout. `0` means no limit.
    public var maxConnectionsPerHost: Int
    /// Most idle connections kept open for reuse. `0` lets curl choose (four
    /// times the number of transfers in flight).
    public var maxIdleConnections: Int
    /// Largest response body accepted; a larger one fails with
    /// ``HTTPClientError/Kind/responseTooLarge``.
    public var maxResponseBodySize: Int

    /// Creates a configuration.
    public init(
        connectTimeout: Duration = .seconds(10),
        maxConnectionsPerHost: Int = 0,
        maxIdleConnections: Int = 0,
        maxResponseBodySize: Int = 64 * 1024 * 1024
    ) {
        self.connectTimeout = connectTimeout
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.maxIdleConnections = maxIdleConnections
        self.maxResponseBodySize = maxResponseBodySize
    }
}
