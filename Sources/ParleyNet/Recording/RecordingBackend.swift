import ParleyCore

/// Puts a `ResponseStore` in front of a backend: in record mode every answer
/// is kept, in replay mode answers come from the store and the backend is
/// never called, so a finished run plays again to the same verdicts.
public struct RecordingBackend: ChatCompletionsBackend {
    public var inner: any ChatCompletionsBackend
    public var store: ResponseStore
    /// Which model this is in the run (agent, user, judge), part of the key.
    public var role: String

    public init(_ inner: any ChatCompletionsBackend, store: ResponseStore, role: String) {
        self.inner = inner
        self.store = store
        self.role = role
    }

    public var name: String { inner.name }

    public func complete(_ request: ChatCompletionsWire.Request) async throws(AgentError) -> (message: ChatMessage, usage: ChatCompletionsWire.Usage) {
        switch store.mode {
        case .replay:
            guard let message = await store.answer(role: role, for: request) else {
                throw AgentError("no recorded \(role) response for this request in \(store.path): the conversation took another turn than when it was recorded",
                                 isInfrastructure: false)
            }
            return (message, ChatCompletionsWire.Usage())
        case .record:
            let answer = try await inner.complete(request)
            try await store.save(answer.message, role: role, for: request)
            return answer
        }
    }
}
