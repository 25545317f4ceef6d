import ParleyCore

/// A deterministic retail agent that follows Parley's retail policy: the
/// default agent of `parley run` and a perfect test double for the checker.
///
/// It keeps no state between calls: every reply is worked out again from the
/// conversation so far (the user's words, the tool calls made and what the
/// tools returned), so one value can serve any number of conversations.
public struct RetailReferenceAgent: Sendable {
    /// Deliberate mistakes, for showing that the checker catches them.
    public enum Flaw: String, Sendable, CaseIterable {
        /// Follows the policy.
        case none
        /// Makes every change as soon as it knows what to do, without asking for a yes.
        case skipsConfirmation = "skips-confirmation"
        /// Looks orders up and acts on them without first finding out who the user is.
        case skipsAuthentication = "skips-authentication"
        /// Cancels with the other allowed reason than the one the user gave.
        case wrongCancelReason = "wrong-cancel-reason"
    }

    public let flaw: Flaw

    public init(flaw: Flaw = .none) {
        self.flaw = flaw
    }

    /// Given the whole conversation so far (system policy, user, assistant
    /// with tool calls, tool results), the next assistant message: either one
    /// tool call (content "") or text for the user.
    public func respond(to messages: [ChatMessage]) -> ChatMessage {
        let state = ConversationState(messages: messages)
        return nextStep(in: state).message(index: messages.count)
    }

    func nextStep(in state: ConversationState) -> AgentStep {
        if let run = state.lastMessageResult, run.call.name == ToolName.transfer {
            return .say(run.failed ? Phrasing.transferFailed : Phrasing.transferring)
        }
        guard let intent = state.intent else {
            return state.isFirstRequest ? .say(Phrasing.greeting) : .say(Phrasing.goodbye)
        }
        if state.userIsClosing {
            return .say(Phrasing.goodbye)
        }
        let flow = Flow(state: state, flaw: flaw)
        do {
            switch intent {
            case .human: return flow.transferOnRequest()
            case .missingPackage: return try flow.reportMissingPackage()
            case .compensation: return .say(Phrasing.noCompensation)
            case .cancel: return try flow.cancelOrder()
            case .returnItems: return try flow.returnItems()
            case .changeItems: return try flow.changeItems()
            case .changePayment: return try flow.changePayment()
            case .changeAddress: return try flow.changeAddress()
            case .orderStatus: return try flow.orderStatus()
            case .productInfo: return try flow.productInfo()
            }
        } catch {
            return error
        }
    }
}
