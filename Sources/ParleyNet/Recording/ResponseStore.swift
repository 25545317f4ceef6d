import Foundation
import ParleyCore

/// Completions kept on disk, one JSON line each (`{"key", "role", "message"}`),
/// so that a run can be played again with exactly the same model answers.
/// The key is the SHA-256 of the canonical request (model, messages, tools,
/// seed) and the role it was made for (agent, user, judge).
public actor ResponseStore {
    public enum Mode: Sendable { case record, replay }

    public nonisolated let mode: Mode
    public nonisolated let path: String
    private var answers: [String: [JSONValue]] = [:]
    private var handle: FileHandle?

    /// `record` appends to `path` (creating it); `replay` reads every answer in it.
    public init(path: String, mode: Mode) throws(AgentError) {
        self.path = path
        self.mode = mode
        switch mode {
        case .record:
            let fm = FileManager.default
            if !fm.fileExists(atPath: path) { fm.createFile(atPath: path, contents: nil) }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw AgentError("cannot open \(path) to record responses", isInfrastructure: true)
            }
            handle.seekToEndOfFile()
            self.handle = handle
        case .replay:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AgentError("cannot read recorded responses from \(path)", isInfrastructure: true)
            }
            for (i, line) in data.split(separator: 0x0A).enumerated() {
                guard let entry = try? JSONParser.parse(bytes: Array(line)), let key = entry["key"]?.stringValue, let message = entry["message"] else {
                    throw AgentError("\(path):\(i + 1): not a recorded response ({\"key\", \"role\", \"message\"})", isInfrastructure: false)
                }
                answers[key, default: []].append(message)
            }
        }
    }

    static func key(role: String, request: ChatCompletionsWire.Request) -> String {
        var bytes = Array(role.utf8) + [0]
        bytes += JSONWriter(style: .canonical).bytes(ChatCompletionsWire.encode(request))
        return SHA256.hex(bytes)
    }

    func save(_ message: ChatMessage, role: String, for request: ChatCompletionsWire.Request) throws(AgentError) {
        let entry: JSONValue = ["key": .string(Self.key(role: role, request: request)), "role": .string(role),
                                "message": ChatCompletionsWire.encode(message)]
        do {
            try handle?.write(contentsOf: Data(JSONWriter(style: .compact).bytes(entry) + [0x0A]))
        } catch {
            throw AgentError("cannot record a response in \(path): \(error.localizedDescription)", isInfrastructure: true)
        }
    }

    /// The recorded answer to `request`; identical requests get their answers in recorded order.
    func answer(role: String, for request: ChatCompletionsWire.Request) -> ChatMessage? {
        let key = Self.key(role: role, request: request)
        guard let queue = answers[key], let message = queue.first else { return nil }
        // The last answer stays, so a request repeated more often than recorded still gets one.
        if queue.count > 1 { answers[key] = Array(queue.dropFirst()) }
        return try? ChatCompletionsWire.decodeMessage(message, at: "recorded message")
    }

    public func close() {
        try? handle?.close()
        handle = nil
    }
}
