/// An HTTP response. Any status, including 4xx and 5xx, is a response, not an error.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, e.g. 200.
    public var status: Int
    /// Header fields of the final response, as received.
    public var headers: HTTPHeaders
    /// The body, after any transfer decoding.
    public var body: [UInt8]

    /// Creates a response (for fakes and tests; ``HTTPClient`` builds its own).
    public init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body decoded as UTF-8, with invalid sequences replaced.
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool {
        (200..<300).contains(status)
    }

    /// The value of the first header called `name` (case-insensitive), or `nil`.
    public func header(named name: String) -> String? {
        headers[name]
    }
}
