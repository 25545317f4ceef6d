import HTTPTypes
import Hummingbird
import Logging
import NIOCore

// The only file that imports Hummingbird: it exports its own `HTTPRequest` and
// `HTTPResponse`, which would shadow ParleyHTTP's in the test files.

/// Runs `body` against a Hummingbird server on an ephemeral loopback port,
/// passing it the server's base URL, e.g. `http://127.0.0.1:41234`.
///
/// Routes:
/// - `/echo` (any common method): replies 200 with the request's body; the
///   request's method in `x-method`, and each `x-*` request header as `x-echo-*`.
/// - `/status/{code}`: replies with that status and the body `status {code}`.
/// - `/slow?ms=N`: replies `slow` after N milliseconds.
/// - `/bytes?count=N`: replies with N bytes of `a`.
/// - `/peer`: replies with the client's port, which shows connection reuse.
/// - `/hello`: replies `hello`.
func withTestServer<Result: Sendable>(
    _ body: @Sendable (_ baseURL: String) async throws -> Result
) async throws -> Result {
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    var logger = Logger(label: "ParleyHTTPTests.server")
    logger.logLevel = .critical
    let app = Application(
        router: makeTestRouter(),
        configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            if let port = channel.localAddress?.port { portContinuation.yield(port) }
            portContinuation.finish()
        },
        logger: logger
    )
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { portContinuation.finish() }
            try await app.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await group.next()  // surfaces the server's error
            throw TestServerError.didNotStart
        }
        defer { group.cancelAll() }
        return try await body("http://127.0.0.1:\(port)")
    }
}

enum TestServerError: Error {
    case didNotStart
}

/// Gives handlers the client's port, to tell connections apart.
struct PeerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peerPort: Int?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.peerPort = source.channel.remoteAddress?.port
    }
}

private func makeTestRouter() -> Router<PeerRequestContext> {
    let router = Router(context: PeerRequestContext.self)

    @Sendable func echo(_ request: Request, _ context: PeerRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024 * 1024)
        var headers = HTTPFields()
        headers[HTTPField.Name("x-method")!] = request.method.rawValue
        for field in request.headers where field.name.canonicalName.hasPrefix("x-") {
            headers.append(HTTPField(name: HTTPField.Name("x-echo-" + field.name.canonicalName.dropFirst(2))!, value: field.value))
        }
        if let contentType = request.headers[.contentType] {
            headers[HTTPField.Name("x-echo-content-type")!] = contentType
        }
        if let expect = request.headers[.expect] {
            headers[HTTPField.Name("x-echo-expect")!] = expect
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
    router.get("/echo", use: echo)
    router.post("/echo", use: echo)
    router.put("/echo", use: echo)
    router.patch("/echo", use: echo)
    router.delete("/echo", use: echo)

    router.get("/status/{code}") { _, context -> Response in
        let code = try context.parameters.require("code", as: Int.self)
        return Response(status: .init(code: code), body: .init(byteBuffer: ByteBuffer(string: "status \(code)")))
    }
    router.get("/slow") { request, _ -> String in
        let milliseconds = request.uri.queryParameters.get("ms", as: Int.self) ?? 1000
        try await Task.sleep(for: .milliseconds(milliseconds))
        return "slow"
    }
    router.get("/bytes") { request, _ -> Response in
        let count = request.uri.queryParameters.get("count", as: Int.self) ?? 0
        return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "a"), count: count)))
    }
    router.get("/peer") { _, context -> String in
        "\(context.peerPort ?? -1)"
    }
    router.get("/hello") { _, _ -> String in
        "hello"
    }
    return router
}
