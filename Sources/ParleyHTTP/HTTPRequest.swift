/// An HTTP request for ``HTTPClient/send(_:)``.
public struct HTTPRequest: Sendable, Hashable {
    /// The method, e.g. `GET` or `POST`.
    public var method: String
    /// The absolute `http` or `https` URL.
    public var url: String
    /// Header fields sent as given (curl adds `Host` and, with a body, `Content-Length`).
    public var headers: HTTPHeaders
    /// The request body, or `nil` for none.
    ///
    /// Without a `Content-Type` header the body is sent with no content type
    /// (curl's form-encoded default is suppressed).
    public var body: [UInt8]?
    /// Limit for the whole transfer: connecting, sending and receiving.
    public var timeout: Duration

    /// Creates a request.
    public init(
        method: String = "GET",
        url: String,
        headers: HTTPHeaders = [:],
        body: [UInt8]? = nil,
        timeout: Duration = .seconds(60)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}
