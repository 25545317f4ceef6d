import Collections

/// One dialogue scenario: who the user is and what they want, how the state
/// starts, and what a correct conversation ends with.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var tags: [String]
    public var user: UserProfile
    public var setup: [SetupStep]
    public var expected: Expectations
    public var limits: Limits
    /// Where the scenario was defined.
    public var location: SourceLocation
    /// Where each gold action was defined, by index, for validation messages.
    public var actionLocations: [SourceLocation]
    /// Free-form data kept with the scenario and never interpreted (e.g. the
    /// fields of an imported tau2-bench task that Parley has no place for).
    public var metadata: JSONObject

    public init(id: String, title: String = "", tags: [String] = [], user: UserProfile, setup: [SetupStep] = [],
                expected: Expectations = .init(), limits: Limits = .init(),
                location: SourceLocation = .init(file: "<memory>", line: 1, column: 1), actionLocations: [SourceLocation] = [],
                metadata: JSONObject = [:])
    {
        self.id = id
        self.title = title
        self.tags = tags
        self.user = user
        self.setup = setup
        self.expected = expected
        self.limits = limits
        self.location = location
        self.actionLocations = actionLocations
        self.metadata = metadata
    }
}

/// The simulated user: what any simulator needs (persona, instructions,
/// facts) and, optionally, the script for the scripted simulator.
public struct UserProfile: Sendable {
    public var persona: String?
    /// What the user wants, written for a language-model user.
    public var instructions: String
    /// Facts the user knows and gives when asked (`email`, `order_id`, …).
    public var known: JSONObject
    /// Things the user does not know (`email`, `phone number`, …).
    public var unknown: [String]
    public var script: UserScript?

    public init(persona: String? = nil, instructions: String, known: JSONObject = [:], unknown: [String] = [], script: UserScript? = nil) {
        self.persona = persona
        self.instructions = instructions
        self.known = known
        self.unknown = unknown
        self.script = script
    }
}

/// What the scripted user says.
public struct UserScript: Sendable {
    /// The first message.
    public var opening: String
    /// Scenario-specific replies, tried before the built-in ones.
    public var answers: [ScriptedAnswer]
    /// The reply to a request for confirmation.
    public var confirm: Bool
    /// Further requests, made one at a time once the agent finishes the previous one.
    public var followups: [String]
    /// The last message, sent when there is nothing left to ask.
    public var closing: String?

    public init(opening: String, answers: [ScriptedAnswer] = [], confirm: Bool = true, followups: [String] = [], closing: String? = nil) {
        self.opening = opening
        self.answers = answers
        self.confirm = confirm
        self.followups = followups
        self.closing = closing
    }
}

/// "When the agent's message mentions any of these, say this."
public struct ScriptedAnswer: Sendable {
    public var when: [String]
    public var say: String
    public init(when: [String], say: String) {
        self.when = when
        self.say = say
    }
}

/// A change made to the initial state before the conversation.
public enum SetupStep: Sendable {
    case set(JSONPointer, JSONValue)
    case remove(JSONPointer)
}

/// The scoring components a scenario can ask for.
public enum ScoreComponent: String, Sendable, CaseIterable, Codable {
    /// The final state equals the gold state.
    case state
    /// The agent told the user every required value.
    case outputs
    /// The domain's trajectory rules and the scenario's forbidden calls.
    case rules
    /// Every gold action was called with its arguments (tau2-bench's ACTION).
    case actions
    /// Statements checked by a language-model judge.
    case nl
}

/// How a scenario's components are computed.
public enum ScoringMode: String, Sendable, Codable {
    /// Parley's own rules (number-aware outputs, state with `ignore` and assertions).
    case parley
    /// tau2-bench's rules exactly: DB by replaying the trajectory's writes,
    /// COMMUNICATE by plain substring, ACTION by name and compared arguments.
    case tau2
}

/// A gold action: a call the correct conversation makes.
public struct GoldAction: Sendable, Equatable {
    /// The call; its `id` is the action's id, when it has one.
    public var call: ToolCall
    /// The arguments the ACTION check compares; `nil` compares them all.
    public var compareArgs: [String]?
    /// A note on the action, kept as given.
    public var info: String?

    public init(_ call: ToolCall, compareArgs: [String]? = nil, info: String? = nil) {
        self.call = call
        self.compareArgs = compareArgs
        self.info = info
    }
}

/// What a correct conversation achieves.
public struct Expectations: Sendable {
    /// Gold actions, replayed to compute the expected final state.
    public var actions: [GoldAction]
    /// Values the agent must tell the user.
    public var outputs: [String]
    /// Calls the agent must not make.
    public var forbidden: [ForbiddenCall]
    /// Facts about the final state.
    public var assertions: [StateAssertion]
    /// Paths left out of the state comparison.
    public var ignore: [JSONPointer]
    /// Statements for a language-model judge.
    public var nl: [String]
    /// Components that make up the reward; `nil` means the default
    /// (state, outputs and rules).
    public var score: [ScoreComponent]?
    public var scoring: ScoringMode

    public init(actions: [GoldAction] = [], outputs: [String] = [], forbidden: [ForbiddenCall] = [], assertions: [StateAssertion] = [],
                ignore: [JSONPointer] = [], nl: [String] = [], score: [ScoreComponent]? = nil, scoring: ScoringMode = .parley)
    {
        self.actions = actions
        self.outputs = outputs
        self.forbidden = forbidden
        self.assertions = assertions
        self.ignore = ignore
        self.nl = nl
        self.score = score
        self.scoring = scoring
    }

    /// The gold calls, in order.
    public var calls: [ToolCall] { actions.map(\.call) }

    /// The components that count towards the reward.
    public var scoredComponents: [ScoreComponent] { score ?? [.state, .outputs, .rules] }
}

/// A call the agent must not make: any call to `name`, or only those whose
/// arguments include `arguments`.
public struct ForbiddenCall: Sendable {
    public var name: String
    public var arguments: JSONObject?
    public init(name: String, arguments: JSONObject? = nil) {
        self.name = name
        self.arguments = arguments
    }

    public func matches(_ call: ToolCall) -> Bool {
        guard call.name == name else { return false }
        guard let arguments else { return true }
        return arguments.allSatisfy { call.arguments[$0.key] == $0.value }
    }
}

/// "The value at `path` in the final state equals `equals`" (or is absent when `equals` is omitted and `absent` is set).
public struct StateAssertion: Sendable {
    public var path: JSONPointer
    public var equals: JSONValue?
    public var absent: Bool
    public init(path: JSONPointer, equals: JSONValue?, absent: Bool = false) {
        self.path = path
        self.equals = equals
        self.absent = absent
    }
}

/// Bounds on one conversation.
public struct Limits: Sendable {
    public var maxTurns: Int?
    public var maxToolErrors: Int?
    public init(maxTurns: Int? = nil, maxToolErrors: Int? = nil) {
        self.maxTurns = maxTurns
        self.maxToolErrors = maxToolErrors
    }
}
