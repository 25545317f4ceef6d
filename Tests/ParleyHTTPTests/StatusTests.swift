import ParleyHTTP
import Testing

/// A status that is not 2xx is a response at this layer, not an error.
struct StatusTests {
    let client = HTTPClient()

    @Test(arguments: [201, 404, 500, 503])
    func nonOKStatusIsReturnedAsResponse(status: Int) async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/status/\(status)"))
            #expect(response.status == status)
            #expect(response.bodyText == "status \(status)")
            #expect(response.isSuccess == (200..<300).contains(status))
        }
    }

    @Test func unknownRouteIs404() async throws {
        try await withTestServer { baseURL in
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/no-such-route"))
            #expect(response.status == 404)
        }
    }
}
