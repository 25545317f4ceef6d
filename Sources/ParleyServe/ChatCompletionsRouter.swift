import Hummingbird
import NIOCore
import ParleyCore

/// Serves an in-process agent over the OpenAI Chat Completions protocol, at
/// `POST /v1/chat/completions` (and `/chat/completions`), plus `GET /health`.
public enum ChatCompletionsRouter {
    public typealias Agent = @Sendable (_ messages: [ChatMessage]) -> ChatMessage

    public static func make(model: String, agent: @escaping Agent) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/health") { _, _ in "ok\n" }
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            var request = request
            let buffer = try await request.collectBody(upTo: 32 * 1024 * 1024)
            let body: JSONValue
            do {
                body = try JSONParser.parse(bytes: Array(buffer: buffer))
            } catch {
                return errorResponse(.badRequest, "request body is not valid JSON: \(error)")
            }
            let decoded: ChatCompletionsWire.Request
            do {
                decoded = try ChatCompletionsWire.decodeRequest(body)
            } catch let error as ChatCompletionsWire.FormatError {
                return errorResponse(.badRequest, error.message)
            }
            let reply = agent(decoded.messages)
            let count = decoded.messages.count
            let json = ChatCompletionsWire.encodeResponse(reply, model: decoded.model.isEmpty ? model : decoded.model, id: "chatcmpl-\(count)")
            return jsonResponse(.ok, json)
        }
        router.post("/v1/chat/completions", use: handler)
        router.post("/chat/completions", use: handler)
        return router
    }

    static func jsonResponse(_ status: HTTPResponse.Status, _ json: JSONValue) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: JSONWriter(style: .compact).bytes(json))))
    }

    static func errorResponse(_ status: HTTPResponse.Status, _ message: String) -> Response {
        jsonResponse(status, ["error": ["message": .string(message), "type": "invalid_request_error"]])
    }
}
