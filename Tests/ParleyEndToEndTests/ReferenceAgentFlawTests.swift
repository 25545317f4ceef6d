import ParleyCore
import ParleyReferenceAgent
import Testing

/// Each deliberate mistake changes the agent's behaviour as its name says.
struct ReferenceAgentFlawTests {
    func readyToCancel() -> ConversationBuilder {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to cancel my order #W1001, I no longer need it.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        return c
    }

    @Test func theFlawsHaveTheirCommandLineNames() {
        #expect(RetailReferenceAgent.Flaw.allCases.map(\.rawValue) == ["none", "skips-confirmation", "skips-authentication", "wrong-cancel-reason"])
        #expect(RetailReferenceAgent().flaw == .none)
    }

    @Test func skipsConfirmationWritesWithoutAsking() {
        let c = readyToCancel()
        #expect(RetailReferenceAgent().respond(to: c.messages).toolCalls.isEmpty)
        let call = RetailReferenceAgent(flaw: .skipsConfirmation).respond(to: c.messages).call
        #expect(call?.name == "cancel_pending_order")
    }

    @Test func skipsAuthenticationReadsTheOrderFirst() {
        let messages = [AgentFixture.policy, ChatMessage.user("Please cancel my order #W1001, I no longer need it.")]
        #expect(RetailReferenceAgent().respond(to: messages).toolCalls.isEmpty, "the careful agent asks who it is talking to")
        let call = RetailReferenceAgent(flaw: .skipsAuthentication).respond(to: messages).call
        #expect(call?.name == "get_order_details")
        #expect(call?.arguments == ["order_id": "#W1001"])
    }

    @Test func skipsAuthenticationStillAsksBeforeWriting() {
        var c = ConversationBuilder()
        c.user("Please cancel my order #W1001, I no longer need it.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        let flawed = RetailReferenceAgent(flaw: .skipsAuthentication)
        #expect(flawed.respond(to: c.messages).call?.name == "get_user_details")
        c.tool("get_user_details", ["user_id": "ava_moore_1001"], returns: AgentFixture.user)
        #expect(flawed.respond(to: c.messages).content.hasSuffix("Do you confirm (yes/no)?"))
    }

    @Test func wrongCancelReasonSwapsTheReason() {
        var c = readyToCancel()
        c.agent(RetailReferenceAgent().respond(to: c.messages).content)
        c.user("Yes, please go ahead.")
        let right = RetailReferenceAgent().respond(to: c.messages).call
        let wrong = RetailReferenceAgent(flaw: .wrongCancelReason).respond(to: c.messages).call
        #expect(right?.arguments["reason"] == "no longer needed")
        #expect(wrong?.name == "cancel_pending_order")
        #expect(wrong?.arguments["reason"] == "ordered by mistake")
    }
}
