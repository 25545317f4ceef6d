import CCurl

extension HTTPClientError {
    /// Classifies a failed transfer. `detail` is curl's own explanation
    /// (its error buffer), which names the host, port and system error.
    init(curlCode code: CURLcode, url: String, detail: String) {
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            self.init(kind: .invalidURL, url: url, message: "invalid URL \"\(url)\": \(detail)")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self.init(kind: .hostNotFound, url: url, message: "could not resolve the host of \(url): \(detail)")
        case CURLE_COULDNT_CONNECT, CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION:
            self.init(kind: .connectionFailed, url: url, message: "could not connect to \(url): \(detail)")
        case CURLE_OPERATION_TIMEDOUT:
            self.init(kind: .timedOut, url: url, message: "request to \(url) timed out: \(detail)")
        default:
            self.init(kind: .transport, url: url, message: "request to \(url) failed: \(detail)")
        }
    }

    static func cancelled(url: String) -> HTTPClientError {
        HTTPClientError(kind: .cancelled, url: url, message: "request to \(url) was cancelled")
    }

    static func shutdown(url: String) -> HTTPClientError {
        HTTPClientError(kind: .shutdown, url: url, message: "request to \(url) was not completed: the HTTP client was shut down")
    }
}
