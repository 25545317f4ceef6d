import ParleyHTTP
import Testing

struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json", "X-Request-ID": "r1"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["X-REQUEST-ID"] == "r1")
        #expect(headers["Content-Length"] == nil)
        #expect(headers.contains("x-request-id"))
    }

    @Test func keepsOrderAndRepeatedNames() {
        var headers = HTTPHeaders()
        headers.add(name: "Set-Cookie", value: "a=1")
        headers.add(name: "X-Other", value: "x")
        headers.add(name: "set-cookie", value: "b=2")
        #expect(headers.values(named: "SET-COOKIE") == ["a=1", "b=2"])
        #expect(headers.map(\.name) == ["Set-Cookie", "X-Other", "set-cookie"])
    }

    @Test func replaceOrAddRemovesEveryOldValue() {
        var headers: HTTPHeaders = ["Accept": "text/plain", "accept": "text/html"]
        headers.replaceOrAdd(name: "ACCEPT", value: "application/json")
        #expect(headers.values(named: "accept") == ["application/json"])
        #expect(headers.count == 1)
    }

    @Test func responseHeaderLookupIgnoresCase() {
        let response = HTTPResponse(status: 200, headers: ["Content-Type": "text/plain"], body: Array("hi".utf8))
        #expect(response.header(named: "CONTENT-TYPE") == "text/plain")
        #expect(response.bodyText == "hi")
    }
}
