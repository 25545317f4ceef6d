import ParleyHTTP
import Testing

struct ConnectionErrorTests {
    let client = HTTPClient()

    @Test func refusedConnectionIsConnectionFailed() async throws {
        let url = "http://127.0.0.1:\(try closedLoopbackPort())/v1/chat/completions"
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(method: "POST", url: url, body: Array("{}".utf8)))
        }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.url == url)
        #expect(error?.message.hasPrefix("could not connect to \(url): ") == true)
        #expect(error?.message.contains("Connection refused") == true)
    }

    @Test(arguments: ["not a url", "http://", "http://[::1/x"])
    func malformedURLIsInvalidURL(url: String) async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(url: url))
        }
        #expect(error?.kind == .invalidURL)
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1/"])
    func nonHTTPSchemeIsInvalidURL(url: String) async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(url: url))
        }
        #expect(error?.kind == .invalidURL)
    }

    @Test(arguments: [("X-Injected", "a\r\nX-Other: b"), ("Bad Name", "v"), ("", "v"), ("X-Colon:", "v")])
    func headerThatCannotBeSentIsInvalidRequest(name: String, value: String) async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(url: "http://127.0.0.1:1/", headers: HTTPHeaders([(name: name, value: value)])))
        }
        #expect(error?.kind == .invalidRequest)
    }

    @Test(arguments: ["", "GET /admin HTTP/1.1\r\nX:", "PO ST"])
    func invalidMethodIsInvalidRequest(method: String) async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(method: method, url: "http://127.0.0.1:1/"))
        }
        #expect(error?.kind == .invalidRequest)
    }
}
