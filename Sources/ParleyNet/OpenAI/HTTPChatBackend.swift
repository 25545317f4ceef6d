import ParleyCore
import ParleyHTTP

/// An OpenAI-compatible Chat Completions endpoint over HTTP: the `openai`
/// agent protocol's transport. Retries rate limits, server errors and
/// connection failures; reports what is left as an infrastructure fault, and
/// an unusable answer as the agent's.
public struct HTTPChatBackend: ChatCompletionsBackend {
    public var baseURL: String
    public var apiKey: String?
    public var client: HTTPClient
    public var timeout: Duration
    public var retry: RetryPolicy

    /// `baseURL` is the part before `/chat/completions`, e.g. `http://127.0.0.1:8080/v1`.
    public init(baseURL: String, apiKey: String? = nil, client: HTTPClient, timeout: Duration = .seconds(120), retry: RetryPolicy = .init()) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.client = client
        self.timeout = timeout
        self.retry = retry
    }

    public var name: String { baseURL }
    public var endpoint: String { baseURL + "/chat/completions" }

    public func complete(_ request: ChatCompletionsWire.Request) async throws(AgentError) -> (message: ChatMessage, usage: ChatCompletionsWire.Usage) {
        var headers: HTTPHeaders = ["Content-Type": "application/json", "Accept": "application/json"]
        if let apiKey { headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        let http = HTTPRequest(
            method: "POST", url: endpoint, headers: headers,
            body: JSONWriter(style: .compact).bytes(ChatCompletionsWire.encode(request)), timeout: timeout)
        let response = try await send(http)
        let body: JSONValue
        do {
            body = try JSONParser.parse(bytes: response.body)
        } catch {
            throw AgentError("\(endpoint) answered \(response.status) with a body that is not JSON (\(error)): \(excerpt(response))", isInfrastructure: false)
        }
        do {
            return try ChatCompletionsWire.decodeResponse(body)
        } catch {
            throw AgentError("\(endpoint) answered with an unusable completion: \(error.message)", isInfrastructure: false)
        }
    }

    /// Sends with retries; returns a 2xx response or throws.
    private func send(_ request: HTTPRequest) async throws(AgentError) -> HTTPResponse {
        var attempt = 1
        while true {
            var failure: String
            var retryAfter: Double?
            do {
                let response = try await client.send(request)
                if response.isSuccess { return response }
                failure = "\(endpoint) answered HTTP \(response.status): \(excerpt(response))"
                guard RetryPolicy.isRetryable(status: response.status) else {
                    // 401/403/404 mean the run is set up wrongly (key, URL), not that the agent misbehaved.
                    let setup = [401, 403, 404].contains(response.status)
                    throw AgentError(failure + (setup ? " (check --agent and --api-key-env)" : ""), isInfrastructure: setup)
                }
                retryAfter = response.header(named: "Retry-After").flatMap(Double.init)
            } catch let error as AgentError {
                throw error
            } catch let error as HTTPClientError {
                guard error.kind != .cancelled else { throw AgentError(error.message, isInfrastructure: true) }
                failure = error.message
                guard [.connectionFailed, .timedOut, .transport, .hostNotFound].contains(error.kind) else {
                    throw AgentError(failure, isInfrastructure: true)
                }
            } catch {
                throw AgentError("\(endpoint): \(error)", isInfrastructure: true)
            }
            guard attempt < retry.maxAttempts else {
                throw AgentError("\(failure) (after \(attempt) attempt\(attempt == 1 ? "" : "s"))", isInfrastructure: true)
            }
            do {
                try await Task.sleep(for: retry.backoff(after: attempt, retryAfterSeconds: retryAfter))
            } catch {
                throw AgentError("cancelled while waiting to retry \(endpoint)", isInfrastructure: true)
            }
            attempt += 1
        }
    }

    private func excerpt(_ response: HTTPResponse) -> String {
        let text = response.bodyText
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
