/// A verdict on one natural-language assertion.
public struct JudgedAssertion: Sendable, Equatable {
    public var assertion: String
    public var met: Bool
    public var reason: String
    public init(assertion: String, met: Bool, reason: String) {
        self.assertion = assertion
        self.met = met
        self.reason = reason
    }
}

/// What the judge said about a scenario's `nl` assertions.
public enum NLJudgement: Sendable, Equatable {
    case judged([JudgedAssertion])
    /// The judge could not be asked or gave no usable answer.
    case failed(String)
}

/// Decides whether a conversation meets statements written in plain
/// language (`expected.nl`): a language model at the edge, a fake in tests.
public protocol AssertionJudge: Sendable {
    func judge(_ assertions: [String], scenario: Scenario, transcript: Transcript) async -> NLJudgement
}
