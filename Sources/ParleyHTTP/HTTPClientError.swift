/// Why ``HTTPClient/send(_:)`` produced no response.
///
/// A response with a 4xx or 5xx status is not an error at this layer.
public struct HTTPClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for deciding whether to retry.
    public enum Kind: Sendable, Hashable {
        /// The URL could not be parsed, or its scheme is not `http` or `https`.
        case invalidURL
        /// The request cannot be sent as given (e.g. a header containing a line break).
        case invalidRequest
        /// The host name did not resolve.
        case hostNotFound
        /// No connection could be made (refused, unreachable, TLS handshake failed).
        case connectionFailed
        /// The request's timeout or the connect timeout elapsed.
        case timedOut
        /// The calling task was cancelled.
        case cancelled
        /// The response body exceeded ``HTTPClientConfiguration/maxResponseBodySize``.
        case responseTooLarge
        /// The client was shut down before the transfer finished.
        case shutdown
        /// The connection failed after it was made (reset, closed early, bad response).
        case transport
    }

    /// The kind of failure.
    public var kind: Kind
    /// The URL of the request that failed.
    public var url: String
    /// What happened and to which URL, for a person to read.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, url: String, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    public var description: String { message }
}
