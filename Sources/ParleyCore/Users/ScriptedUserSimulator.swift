/// The default user simulator: plays each scenario's `user.script`, with no
/// model and no network. See Docs/scripted-user.md for its rules.
public struct ScriptedUserSimulator: UserSimulator {
    public init() {}

    public var name: String { "scripted" }

    public func makeUser(for scenario: Scenario, seed: UInt64) throws(UserSimulatorError) -> any SimulatedUser {
        guard let script = scenario.user.script else {
            throw UserSimulatorError("scenario '\(scenario.id)' has no user.script, which the scripted user needs (\(scenario.location))")
        }
        return ScriptedUser(script: script, known: scenario.user.known, unknown: scenario.user.unknown, seed: seed)
    }
}

/// The scripted user of one conversation.
public struct ScriptedUser: SimulatedUser {
    let script: UserScript
    let facts: FactBook
    private var generator: SeededGenerator
    private var pendingFollowups: [String]
    private var answerUses: [Int: Int] = [:]
    private var unplacedQuestionsInARow = 0

    public init(script: UserScript, known: JSONObject, unknown: [String], seed: UInt64) {
        self.script = script
        self.facts = FactBook(known: known, unknown: unknown)
        self.generator = SeededGenerator(seed: seed)
        self.pendingFollowups = script.followups
    }

    public mutating func opening() async throws(UserSimulatorError) -> UserTurn {
        UserTurn(text: script.opening)
    }

    public mutating func reply(to agentText: String) async throws(UserSimulatorError) -> UserTurn {
        let said = agentText.lowercased()
        if AgentCues.isTransfer(said) {
            return UserTurn(text: "Okay, thank you.", stop: .transferred)
        }
        if AgentCues.asksConfirmation(said, askingForFacts: !facts.answer(to: said).isEmpty) {
            unplacedQuestionsInARow = 0
            return UserTurn(text: pick(script.confirm ? Phrases.yes : Phrases.no))
        }
        if let index = script.answers.indices.first(where: { i in
            answerUses[i, default: 0] < 2 && script.answers[i].when.contains { said.contains($0.lowercased()) }
        }) {
            answerUses[index, default: 0] += 1
            unplacedQuestionsInARow = 0
            return UserTurn(text: script.answers[index].say)
        }
        // Facts go only to a message that asks for something: "your order #W1 is
        // cancelled" mentions an order id but wants nothing back.
        let disclosed = AgentCues.asksSomething(said) ? facts.answer(to: said) : ""
        if !disclosed.isEmpty {
            unplacedQuestionsInARow = 0
            return UserTurn(text: disclosed)
        }
        if AgentCues.isOpenQuestion(said) {
            unplacedQuestionsInARow += 1
            if unplacedQuestionsInARow > 2 {
                return UserTurn(text: "I'm sorry, I can't help with that. Goodbye.", stop: .done)
            }
            return UserTurn(text: "I'm not sure what you need from me. Could you help me with my request?")
        }
        unplacedQuestionsInARow = 0
        if !pendingFollowups.isEmpty {
            return UserTurn(text: pendingFollowups.removeFirst())
        }
        return UserTurn(text: script.closing ?? "Thank you, that's all I needed.", stop: .done)
    }

    private mutating func pick(_ options: [String]) -> String {
        options[Int(generator.next() % UInt64(options.count))]
    }
}

/// Recognises what an agent's message is doing, from its (lower-cased) text.
enum AgentCues {
    static func isTransfer(_ said: String) -> Bool {
        said.contains("transfer") && ["human", "agent", "representative", "specialist"].contains { said.contains($0) }
            && !asksConfirmation(said, askingForFacts: false)
    }

    /// Whether the agent asks for a yes or no to an action. "Can you confirm
    /// your email?" asks for a fact instead, unless the message also asks
    /// outright whether to go ahead.
    static func asksConfirmation(_ said: String, askingForFacts: Bool) -> Bool {
        let outright = ["(yes/no)", "yes or no", "shall i proceed", "should i proceed", "would you like me to proceed",
                        "do you want me to proceed", "would you like me to go ahead", "shall i go ahead", "do you confirm"]
        if outright.contains(where: said.contains) { return true }
        return said.contains("confirm") && !askingForFacts
    }

    /// Whether the message asks the user for anything: a question, or a request such as "please provide …".
    static func asksSomething(_ said: String) -> Bool {
        said.contains("?") || ["please provide", "please share", "please give", "please tell", "please let me know",
                               "i need your", "i'll need your", "i will need your", "please send"].contains { said.contains($0) }
    }

    /// A question the agent still waits on, rather than "anything else?".
    static func isOpenQuestion(_ said: String) -> Bool {
        guard said.contains("?") else { return false }
        return !["anything else", "something else", "help you with today", "else i can help", "else can i help"].contains { said.contains($0) }
    }
}

enum Phrases {
    static let yes = ["Yes, please go ahead.", "Yes, I confirm.", "Yes, please proceed."]
    static let no = ["No, please don't do that.", "No, I've changed my mind; please don't."]
}
