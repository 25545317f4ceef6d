import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One request: its curl easy handle, the caller's continuation, and the
/// response as it arrives.
///
/// `@unchecked Sendable`: the creating task configures the handle in `init`
/// and then hands the transfer to ``CurlLoop`` through its mutex-guarded
/// inbox; from then on every mutable member is touched only on the curl loop
/// thread.
final class CurlTransfer: @unchecked Sendable {
    /// Where the transfer is in its life; decides what a cancellation does.
    enum State {
        /// Configured but not yet added to the multi handle.
        case created
        /// Cancelled before it was added: starting it resumes the caller at once.
        case cancelled
        /// Added to the multi handle.
        case running
        /// The caller has been resumed.
        case finished
    }

    typealias Continuation = CheckedContinuation<HTTPResponse, any Error>

    let easy: UnsafeMutableRawPointer
    let url: String
    var state = State.created

    /// Request headers; curl reads them during the transfer, freed in `deinit`.
    var requestHeaders: UnsafeMutablePointer<curl_slist>?
    /// curl writes its explanation of a failure here.
    let errorBuffer: UnsafeMutablePointer<CChar>
    private var continuation: Continuation?
    private var response: CurlResponseBuilder

    init(request: HTTPRequest, configuration: HTTPClientConfiguration) throws(HTTPClientError) {
        guard let easy = curl_easy_init() else {
            throw HTTPClientError(
                kind: .transport, url: request.url,
                message: "request to \(request.url) failed: curl_easy_init returned no handle")
        }
        self.easy = easy
        self.url = request.url
        self.response = CurlResponseBuilder(maxBodySize: configuration.maxResponseBodySize)
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(to: 0)
        // From here on `deinit` runs if `init` throws, so the handle is freed.
        try setCallbacks()
        try configure(request, configuration)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    // MARK: - Setup (creating task)

    /// Callbacks cannot capture; they find this object through the context
    /// pointer. The loop keeps the transfer alive while curl may call them.
    private func setCallbacks() throws(HTTPClientError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(parley_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, context))
        try check(parley_easy_setopt_write_callback(easy, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
            // Returning less than given makes curl abort with CURLE_WRITE_ERROR.
            return transfer.response.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        })
        try check(parley_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, context))
        try check(parley_easy_setopt_write_callback(easy, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
            transfer.response.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        })
    }

    func check(_ code: CURLcode) throws(HTTPClientError) {
        guard code == CURLE_OK else {
            throw HTTPClientError(curlCode: code, url: url, detail: String(cString: curl_easy_strerror(code)))
        }
    }

    // MARK: - Completion (loop thread)

    func attach(_ continuation: Continuation) {
        self.continuation = continuation
    }

    /// Resumes the caller with the response, or with the error `code` stands for.
    func complete(with code: CURLcode) {
        guard code == CURLE_OK else {
            if response.bodyTooLarge {
                fail(HTTPClientError(
                    kind: .responseTooLarge, url: url,
                    message: "response from \(url) is larger than the limit of \(response.maxBodySize) bytes"))
            } else {
                fail(HTTPClientError(curlCode: code, url: url, detail: failureDetail(code)))
            }
            return
        }
        var status = 0
        _ = parley_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        finish(.success(response.takeResponse(status: status)))
    }

    /// curl's error buffer names host, port and elapsed time but not always
    /// the system's reason (e.g. "Connection refused"), so that is added.
    private func failureDetail(_ code: CURLcode) -> String {
        let buffered = String(cString: errorBuffer)
        var detail = buffered.isEmpty ? String(cString: curl_easy_strerror(code)) : buffered
        var osError = 0
        if parley_easy_getinfo_long(easy, CURLINFO_OS_ERRNO, &osError) == CURLE_OK, osError != 0 {
            let reason = String(cString: strerror(Int32(osError)))
            if !detail.contains(reason) {
                detail += " (\(reason))"
            }
        }
        return detail
    }

    func fail(_ error: HTTPClientError) {
        finish(.failure(error))
    }

    private func finish(_ result: Result<HTTPResponse, HTTPClientError>) {
        state = .finished
        guard let continuation else { return }
        self.continuation = nil
        continuation.resume(with: result.mapError { $0 as any Error })
    }
}
