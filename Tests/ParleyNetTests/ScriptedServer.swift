import HTTPTypes
import Hummingbird
import NIOCore
import ParleyCore
import ParleyServe
import Synchronization

// The only test file that imports Hummingbird, whose HTTPRequest/HTTPResponse
// would otherwise clash with ParleyHTTP's.

/// The request bodies a scripted server received, in order.
final class ReceivedRequests: Sendable {
    private let bodies = Mutex<[JSONValue]>([])
    var all: [JSONValue] { bodies.withLock { $0 } }

    /// Records a body; returns its index.
    func record(_ body: JSONValue) -> Int {
        bodies.withLock { list in
            list.append(body)
            return list.count - 1
        }
    }
}

/// Runs `body` against a loopback Chat Completions server that gives the
/// scripted answers (status, body, headers) in order, repeating the last.
func withScriptedServer<R: Sendable>(
    _ answers: [(status: Int, body: String, headers: [String: String])],
    _ body: @Sendable (_ baseURL: String, _ requests: ReceivedRequests) async throws -> R
) async throws -> R {
    let received = ReceivedRequests()
    let router = Router()
    router.post("/v1/chat/completions") { request, _ -> Response in
        var request = request
        let buffer = try await request.collectBody(upTo: 1 << 20)
        let index = received.record((try? JSONParser.parse(bytes: Array(buffer: buffer))) ?? .null)
        let answer = answers[min(index, answers.count - 1)]
        var headers: HTTPFields = [.contentType: "application/json"]
        for (name, value) in answer.headers { headers[HTTPField.Name(name)!] = value }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: answer.body)))
    }
    return try await LoopbackServer.with(router) { url in try await body(url + "/v1", received) }
}
