import ParleyHTTP
import Testing

struct ConcurrencyTests {
    let client = HTTPClient()

    @Test func twoHundredConcurrentRequestsAllSucceed() async throws {
        try await withTestServer { baseURL in
            let bodies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let response = try await client.send(HTTPRequest(
                            method: "POST", url: "\(baseURL)/echo",
                            headers: ["X-Index": "\(index)"], body: Array("request \(index)".utf8)))
                        #expect(response.status == 200)
                        #expect(response.header(named: "x-echo-index") == "\(index)")
                        return (index, response.bodyText)
                    }
                }
                return try await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
            }
            #expect(bodies.count == 200)
            #expect(bodies.allSatisfy { $0.value == "request \($0.key)" })
        }
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await withTestServer { baseURL in
            var peerPorts = Set<String>()
            for _ in 0..<10 {
                peerPorts.insert(try await client.send(HTTPRequest(url: "\(baseURL)/peer")).bodyText)
            }
            #expect(peerPorts.count == 1)
        }
    }

    @Test func connectionLimitPerHostIsHonoured() async throws {
        let client = HTTPClient(configuration: .init(maxConnectionsPerHost: 2))
        try await withTestServer { baseURL in
            let peerPorts = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await client.send(HTTPRequest(url: "\(baseURL)/peer")).bodyText }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(peerPorts.count <= 2)
        }
    }
}
