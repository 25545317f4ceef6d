import ParleyReferenceAgent

/// Everything `parley run` can be told, with the defaults of the built-in run.
public struct RunConfiguration: Sendable {
    /// Which agent to evaluate.
    public enum Agent: Sendable, Equatable {
        /// The bundled reference agent, served on an ephemeral loopback port.
        case builtin(flaw: RetailReferenceAgent.Flaw)
        /// An OpenAI-compatible endpoint: the base URL before `/chat/completions`.
        case openAI(baseURL: String)
    }

    /// Who plays the user.
    public enum User: Sendable, Equatable {
        /// The scripted user: each scenario's `user.script`, no model.
        case scripted
        /// A language model at an OpenAI-compatible endpoint plays the user.
        case llm(baseURL: String, model: String, apiKey: String?)
    }

    /// A language model that judges `nl` assertions.
    public struct Judge: Sendable, Equatable {
        public var baseURL: String
        public var model: String
        public var apiKey: String?
        public init(baseURL: String, model: String, apiKey: String?) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
        }
    }

    public var packs: [String] = ["Scenarios/retail"]
    public var judge: Judge?
    public var user: User = .scripted
    public var agent: Agent = .builtin(flaw: .none)
    public var model: String = "parley-reference"
    public var apiKey: String?
    public var trials: Int = 1
    public var concurrency: Int = 4
    /// Only the scenarios of this split (tau2 split file, or tag).
    public var split: String?
    public var filter: String?
    public var tag: String?
    public var seed: UInt64 = 0
    public var maxTurns: Int?
    /// The run folder; `nil` for a new one under `.parley/runs/`.
    public var outDirectory: String?
    public var runsRoot: String = ".parley/runs"
    /// Keep every model answer in this file (record) or take them from it (replay).
    public var responses: (path: String, replay: Bool)?
    /// Go on with the run in `outDirectory`: its finished trials are kept, the rest are run.
    public var resume: Bool = false
    /// The least average reward that counts as success.
    public var failUnder: Double?
    public var requestTimeout: Duration = .seconds(120)
    public var retries: Int = 3

    public init() {}
}
