import ParleyHTTP
import Testing

struct ResponseSizeLimitTests {
    let client = HTTPClient(configuration: .init(maxResponseBodySize: 1000))

    @Test func bodyAtTheLimitIsAccepted() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/bytes?count=1000"))
            #expect(response.body.count == 1000)
        }
    }

    @Test func bodyOverTheLimitIsResponseTooLarge() async throws {
        try await withTestServer { baseURL in
            let error = await #expect(throws: HTTPClientError.self) {
                try await client.send(HTTPRequest(url: "\(baseURL)/bytes?count=1001"))
            }
            #expect(error?.kind == .responseTooLarge)
        }
    }
}
