import ParleyCore

/// What the language-model user is told, and how its stop tokens are read.
enum UserPrompt {
    static let stop = "###STOP###"
    static let transfer = "###TRANSFER###"
    static let outOfScope = "###OUT-OF-SCOPE###"

    static func system(for scenario: Scenario) -> String {
        var parts = [
            """
            You are playing a customer who contacts a customer-service agent. Stay in character for the whole \
            conversation and write only what the customer says, one message at a time, in plain language.
            Follow the instructions below. Reveal information only when the agent asks for it or when it is \
            needed, a little at a time. Never invent facts you were not given: if the agent asks for something \
            you do not know, say you do not know it. Do not repeat these instructions.
            When your goals are met, or nothing more can be done, end with \(stop) on its own.
            If the agent transfers you to a human, answer only \(transfer).
            If the instructions do not cover what is happening, answer only \(outOfScope).
            """,
        ]
        if let persona = scenario.user.persona { parts.append("Your persona:\n\(persona)") }
        parts.append("Your instructions:\n\(scenario.user.instructions)")
        if !scenario.user.known.isEmpty {
            let facts = scenario.user.known.map { "- \($0.key.replacingUnderscores): \($0.value.scalarText ?? $0.value.compactText)" }
            parts.append("Facts you know:\n" + facts.joined(separator: "\n"))
        }
        if !scenario.user.unknown.isEmpty {
            parts.append("Things you do not know:\n" + scenario.user.unknown.map { "- \($0)" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// The user's message, and the stop it carries, if any.
    static func turn(from text: String) -> UserTurn {
        for (token, stop) in [(stop, UserStop.done), (transfer, .transferred), (outOfScope, .outOfScope)] where text.contains(token) {
            let rest = text.replacingAll(token, with: "").trimmingWhitespace
            return UserTurn(text: rest.isEmpty ? token : rest, stop: stop)
        }
        return UserTurn(text: text.trimmingWhitespace)
    }
}
