import ParleyHTTP
import Testing

struct RoundTripTests {
    let client = HTTPClient()

    @Test func getReturnsStatusHeadersAndBody() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/echo", headers: ["X-Trace": "abc 123"]))
            #expect(response.status == 200)
            #expect(response.header(named: "x-method") == "GET")
            #expect(response.header(named: "X-Echo-Trace") == "abc 123")
            #expect(response.body.isEmpty)
        }
    }

    @Test func postSendsBodyAndHeaders() async throws {
        try await withTestServer { baseURL in
            let json = #"{"messages":[{"role":"user","content":"héllo"}]}"#
            let request = HTTPRequest(
                method: "POST", url: "\(baseURL)/echo",
                headers: ["Content-Type": "application/json", "X-Conversation": "c-1"],
                body: Array(json.utf8))
            let response = try await client.send(request)
            #expect(response.status == 200)
            #expect(response.bodyText == json)
            #expect(response.header(named: "x-method") == "POST")
            #expect(response.header(named: "x-echo-conversation") == "c-1")
            #expect(response.header(named: "x-echo-content-type") == "application/json")
            #expect(response.header(named: "x-echo-expect") == nil)
        }
    }

    @Test func bodyWithZeroBytesAndNoContentTypeIsSentVerbatim() async throws {
        try await withTestServer { baseURL in
            let bytes: [UInt8] = [0, 1, 2, 0, 255, 0]
            let response = try await client.send(HTTPRequest(method: "POST", url: "\(baseURL)/echo", body: bytes))
            #expect(response.body == bytes)
            #expect(response.header(named: "x-echo-content-type") == nil)
        }
    }

    @Test func largeBodyRoundTrips() async throws {
        try await withTestServer { baseURL in
            let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let response = try await client.send(HTTPRequest(method: "POST", url: "\(baseURL)/echo", body: bytes))
            #expect(response.status == 200)
            #expect(response.body == bytes)
            #expect(response.header(named: "x-echo-expect") == nil)
        }
    }

    @Test func postWithoutBodySendsEmptyBody() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(method: "POST", url: "\(baseURL)/echo"))
            #expect(response.status == 200)
            #expect(response.header(named: "x-method") == "POST")
            #expect(response.body.isEmpty)
        }
    }

    @Test(arguments: ["PUT", "PATCH", "DELETE"])
    func otherMethodsWithBody(method: String) async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(method: method, url: "\(baseURL)/echo", body: Array("payload".utf8)))
            #expect(response.status == 200)
            #expect(response.header(named: "x-method") == method)
            #expect(response.bodyText == "payload")
        }
    }

    @Test func deleteWithoutBody() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(method: "DELETE", url: "\(baseURL)/echo"))
            #expect(response.status == 200)
            #expect(response.header(named: "x-method") == "DELETE")
        }
    }

    @Test func headerWithEmptyValueIsSent() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/echo", headers: ["X-Empty": ""]))
            #expect(response.header(named: "x-echo-empty") == "")
        }
    }
}
