import ParleyHTTP
import Testing

struct TimeoutTests {
    let client = HTTPClient()

    @Test func slowResponseBeyondTimeoutIsTimedOut() async throws {
        try await withTestServer { baseURL in
            let url = "\(baseURL)/slow?ms=5000"
            let clock = ContinuousClock()
            let start = clock.now
            let error = await #expect(throws: HTTPClientError.self) {
                try await client.send(HTTPRequest(url: url, timeout: .milliseconds(300)))
            }
            let elapsed = clock.now - start
            #expect(error?.kind == .timedOut)
            #expect(error?.message.hasPrefix("request to \(url) timed out") == true)
            #expect(elapsed >= .milliseconds(250))
            #expect(elapsed < .seconds(3))
        }
    }

    @Test func responseWithinTimeoutSucceeds() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/slow?ms=50", timeout: .seconds(5)))
            #expect(response.bodyText == "slow")
        }
    }
}
