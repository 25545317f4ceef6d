/// Why the user ended the conversation.
public enum UserStop: String, Sendable, Codable {
    /// Goals met (`###STOP###`).
    case done
    /// The agent handed the user to a human (`###TRANSFER###`).
    case transferred
    /// The request is outside what the user can do here (`###OUT-OF-SCOPE###`).
    case outOfScope
}

/// One user message, and whether the user ends the conversation with it.
public struct UserTurn: Sendable, Equatable {
    public var text: String
    public var stop: UserStop?
    public init(text: String, stop: UserStop? = nil) {
        self.text = text
        self.stop = stop
    }
}

/// A user simulator failed (e.g. its model endpoint was unreachable).
public struct UserSimulatorError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// True when the cause is outside the simulator (network, 5xx, rate limit after retries).
    public var isInfrastructure: Bool
    public init(_ message: String, isInfrastructure: Bool = false) {
        self.message = message
        self.isInfrastructure = isInfrastructure
    }
    public var description: String { message }
}

/// Makes a user for each conversation.
public protocol UserSimulator: Sendable {
    /// A short name for reports ("scripted", "llm:model", …).
    var name: String { get }
    func makeUser(for scenario: Scenario, seed: UInt64) throws(UserSimulatorError) -> any SimulatedUser
}

/// The user of one conversation.
public protocol SimulatedUser {
    /// The first message.
    mutating func opening() async throws(UserSimulatorError) -> UserTurn
    /// The reply to the agent's latest text.
    mutating func reply(to agentText: String) async throws(UserSimulatorError) -> UserTurn
}
