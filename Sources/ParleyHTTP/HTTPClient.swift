/// An async HTTP client on libcurl.
///
/// One client runs all its transfers on one background thread and reuses
/// connections between requests to the same host, so create one client and
/// share it rather than creating one per request. Requests run concurrently;
/// awaiting a response never blocks a thread of the cooperative pool.
///
/// ```swift
/// let client = HTTPClient()
/// let response = try await client.send(HTTPRequest(url: "http://127.0.0.1:8080/health"))
/// print(response.status, response.bodyText)
/// ```
public final class HTTPClient: Sendable {
    /// The settings every request of this client uses.
    public let configuration: HTTPClientConfiguration
    private let loop: CurlLoop

    /// Creates a client and starts its transfer thread.
    public init(configuration: HTTPClientConfiguration = .init()) {
        self.configuration = configuration
        self.loop = CurlLoop(configuration: configuration)
    }

    deinit {
        loop.shutdown()
    }

    /// Sends `request` and returns the response, whatever its status.
    ///
    /// Cancelling the calling task stops the transfer and throws
    /// ``HTTPClientError/Kind/cancelled``.
    ///
    /// - Throws: ``HTTPClientError`` when no response was received.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if Task.isCancelled {
            throw HTTPClientError.cancelled(url: request.url)
        }
        let transfer = try CurlTransfer(request: request, configuration: configuration)
        let loop = self.loop
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                loop.submit(transfer, continuation: continuation)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
    }

    /// Fails unfinished requests with ``HTTPClientError/Kind/shutdown`` and
    /// stops the transfer thread; later requests fail the same way.
    ///
    /// Idempotent, and not required: releasing the client does the same.
    public func shutdown() {
        loop.shutdown()
    }
}
