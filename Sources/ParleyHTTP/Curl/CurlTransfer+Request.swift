import CCurl

// Runs on the creating task, before the transfer is handed to the loop.
extension CurlTransfer {
    /// Translates `request` into options on the easy handle.
    func configure(_ request: HTTPRequest, _ configuration: HTTPClientConfiguration) throws(HTTPClientError) {
        // Signals cannot be used for timeouts with many threads.
        try setLong(CURLOPT_NOSIGNAL, 1)
        try setString(CURLOPT_URL, request.url)
        try setString(CURLOPT_PROTOCOLS_STR, "http,https")
        try setLong(CURLOPT_TIMEOUT_MS, request.timeout.curlMilliseconds)
        try setLong(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.curlMilliseconds)
        try setPointer(CURLOPT_ERRORBUFFER, errorBuffer)

        var headerLines: [String] = []
        for field in request.headers {
            guard isValidHeaderField(field) else {
                throw HTTPClientError(
                    kind: .invalidRequest, url: url,
                    message: "request to \(url) not sent: header \(field.name.debugDescription) has an invalid name or a line break in its value")
            }
            // "Name;" is curl's way to send a header with an empty value;
            // "Name:" would remove it.
            headerLines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        try configureMethodAndBody(request, headerLines: &headerLines)

        for line in headerLines {
            guard let appended = curl_slist_append(requestHeaders, line) else {
                throw HTTPClientError(kind: .transport, url: url, message: "request to \(url) failed: out of memory")
            }
            requestHeaders = appended
        }
        if let requestHeaders {
            try check(parley_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, requestHeaders))
        }
    }

    private func configureMethodAndBody(_ request: HTTPRequest, headerLines: inout [String]) throws(HTTPClientError) {
        let method = request.method
        guard isHTTPToken(method) else {
            throw HTTPClientError(
                kind: .invalidRequest, url: url,
                message: "request to \(url) not sent: \(method.debugDescription) is not a valid HTTP method")
        }
        guard request.body != nil || method == "POST" else {
            switch method {
            case "GET": break
            case "HEAD": try setLong(CURLOPT_NOBODY, 1)
            default: try setString(CURLOPT_CUSTOMREQUEST, method)
            }
            return
        }
        let body = request.body ?? []
        // The size must be set first, or COPYPOSTFIELDS stops at the first zero byte.
        try check(parley_easy_setopt_off_t(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
        let copied = body.withUnsafeBytes { bytes in
            // An empty array may have no storage; curl copies nothing for size 0.
            let base = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
            return parley_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
        }
        try check(copied)
        if method != "POST" {
            try setString(CURLOPT_CUSTOMREQUEST, method)
        }
        // No 100-continue round trip before sending the body.
        if !request.headers.contains("Expect") {
            headerLines.append("Expect:")
        }
        // Otherwise curl labels every body application/x-www-form-urlencoded.
        if !request.headers.contains("Content-Type") {
            headerLines.append("Content-Type:")
        }
    }

    /// Names and methods must be HTTP tokens and values single lines, or the
    /// request could smuggle in extra headers or lines.
    private func isValidHeaderField(_ field: HTTPHeaders.Field) -> Bool {
        isHTTPToken(field.name) && !field.value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0 }
    }

    private func isHTTPToken(_ string: String) -> Bool {
        !string.isEmpty && string.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default:
                "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }

    private func setLong(_ option: CURLoption, _ value: Int) throws(HTTPClientError) {
        try check(parley_easy_setopt_long(easy, option, value))
    }

    private func setString(_ option: CURLoption, _ value: String) throws(HTTPClientError) {
        try check(parley_easy_setopt_string(easy, option, value))
    }

    private func setPointer(_ option: CURLoption, _ value: UnsafeMutableRawPointer) throws(HTTPClientError) {
        try check(parley_easy_setopt_pointer(easy, option, value))
    }
}
