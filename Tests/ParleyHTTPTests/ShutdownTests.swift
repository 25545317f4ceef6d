import ParleyHTTP
import Testing

struct ShutdownTests {
    @Test func requestAfterShutdownFails() async throws {
        let client = HTTPClient()
        client.shutdown()
        client.shutdown()  // idempotent
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.send(HTTPRequest(url: "http://127.0.0.1:1/"))
        }
        #expect(error?.kind == .shutdown)
    }

    @Test func shutdownFailsRequestInFlight() async throws {
        let client = HTTPClient()
        try await withTestServer { baseURL in
            let task = Task { try await client.send(HTTPRequest(url: "\(baseURL)/slow?ms=10000")) }
            try await Task.sleep(for: .milliseconds(200))
            client.shutdown()
            let result = await task.result
            #expect((result.failureError as? HTTPClientError)?.kind == .shutdown)
        }
    }

    @Test func releasedClientNeedsNoShutdown() async throws {
        try await withTestServer { baseURL in
            for _ in 0..<20 {
                let client = HTTPClient()
                let response = try await client.send(HTTPRequest(url: "\(baseURL)/hello"))
                #expect(response.bodyText == "hello")
            }
        }
    }
}
