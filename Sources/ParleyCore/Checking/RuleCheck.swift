/// The domain's trajectory rules and the scenario's forbidden calls, checked
/// on the transcript. Each violation names the rule and the user turn.
public enum RuleCheck {
    public static let authenticateFirst = "authenticate-first"
    public static let confirmBeforeWrite = "confirm-before-write"
    public static let oneUser = "one-user-per-conversation"
    public static let forbiddenCall = "forbidden-call"

    public static func violations(in transcript: Transcript, scenario: Scenario, rules: DomainRules) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        var authenticated: [String] = []
        var users: [String] = []
        var lastUserText: String?

        func noteUser(_ user: String, turn: Int, via call: ToolCall) {
            guard !users.contains(user) else { return }
            users.append(user)
            if users.count == 2 {
                violations.append(RuleViolation(
                    rule: oneUser, turn: turn,
                    message: "\(call.name) touched user '\(user)' after user '\(users[0])': one user per conversation"))
            }
        }

        for entry in transcript.entries {
            switch entry.kind {
            case .user: lastUserText = entry.text
            case .agent: break
            case .tool:
                guard let call = entry.call else { continue }
                if rules.authenticationTools.contains(call.name) {
                    if !entry.isError {
                        authenticated.append(entry.text)
                        noteUser(entry.text, turn: entry.turn, via: call)
                    }
                } else if let owner = entry.owner {
                    if authenticated.isEmpty {
                        violations.append(RuleViolation(
                            rule: authenticateFirst, turn: entry.turn,
                            message: "\(call.name) \(entry.mutates ? "changed" : "read") data of user '\(owner)' before the user was authenticated"))
                    }
                    noteUser(owner, turn: entry.turn, via: call)
                }
                if entry.mutates, !Confirmation.isExplicitYes(lastUserText) {
                    let said = lastUserText.map { "\"\($0.prefix(80))\"" } ?? "nothing"
                    violations.append(RuleViolation(
                        rule: confirmBeforeWrite, turn: entry.turn,
                        message: "\(call.name) was called without an explicit yes in the user's previous message (the user said \(said))"))
                }
                if let forbidden = scenario.expected.forbidden.first(where: { $0.matches(call) }) {
                    let detail = forbidden.arguments.map { " with \(JSONValue.object($0).compactText)" } ?? ""
                    violations.append(RuleViolation(
                        rule: forbiddenCall, turn: entry.turn,
                        message: "\(call.name)\(detail) is forbidden in this scenario (called with \(JSONValue.object(call.arguments).compactText))"))
                }
            }
        }
        return violations
    }
}

/// Recognises an explicit confirmation from the user.
public enum Confirmation {
    private static let openers = ["yes", "yeah", "yep", "yup", "sure", "confirm", "i confirm", "confirmed", "correct",
                                  "go ahead", "please go ahead", "please proceed", "proceed", "ok", "okay", "please do", "absolutely", "affirmative"]

    public static func isExplicitYes(_ text: String?) -> Bool {
        guard let text else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard !words.isEmpty else { return false }
        let firstThree = words.prefix(3).joined(separator: " ")
        if words.contains(where: { ["no", "not", "don't", "dont", "cancel", "wait"].contains($0) }) && !words.starts(with: ["yes"]) {
            return false
        }
        return openers.contains { firstThree == $0 || firstThree.hasPrefix($0 + " ") }
    }
}
