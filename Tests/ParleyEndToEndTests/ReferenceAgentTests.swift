import ParleyCore
import ParleyReferenceAgent
import Testing

/// The reference agent's next message for hand-written conversations.
struct ReferenceAgentTests {
    let agent = RetailReferenceAgent()

    @Test func asksForIdentityBeforeAnything() {
        let reply = agent.respond(to: [AgentFixture.policy, .user("I want to cancel my order #W1001, I no longer need it.")])
        #expect(reply.toolCalls.isEmpty)
        #expect(reply.content == "Could you please provide your email address, or your first name, last name and zip code?")
    }

    @Test func authenticatesWithTheEmail() {
        var c = ConversationBuilder()
        c.user("I want to cancel my order #W1001.")
        c.agent("Could you please provide your email address, or your first name, last name and zip code?")
        c.user("Sure, it's ava.moore@example.com.")
        let reply = agent.respond(to: c.messages)
        #expect(reply.content == "")
        #expect(reply.call?.name == "find_user_id_by_email")
        #expect(reply.call?.arguments == ["email": "ava.moore@example.com"])
        #expect(reply.call?.id == "call_\(c.messages.count)_0")
    }

    @Test func authenticatesWithNameAndZip() {
        var c = ConversationBuilder()
        c.user("Hi, what's the status of order #W1001?")
        c.agent("Could you please provide your email address, or your first name, last name and zip code?")
        c.user("I'm sorry, I don't know my email. My name is Ava Moore and my zip code is 11215.")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "find_user_id_by_name_zip")
        #expect(call?.arguments == ["first_name": "Ava", "last_name": "Moore", "zip": "11215"])
    }

    @Test(arguments: [
        "Hi, I'm Ava Moore, zip code 11215. Where is my order #W1001?",
        "First name is Ava, last name is Moore, and the zip is 11215. Where is #W1001?",
    ])
    func readsTheNameAndZipHoweverTheyAreWritten(_ text: String) {
        let call = agent.respond(to: [AgentFixture.policy, .user(text)]).call
        #expect(call?.name == "find_user_id_by_name_zip")
        #expect(call?.arguments == ["first_name": "Ava", "last_name": "Moore", "zip": "11215"])
    }

    @Test func looksUpTheProfileThenTheOrder() {
        var c = ConversationBuilder()
        c.user("Please cancel #W1001, I no longer need it. My email is ava.moore@example.com")
        c.tool("find_user_id_by_email", ["email": "ava.moore@example.com"], returns: "ava_moore_1001")
        #expect(agent.respond(to: c.messages).call?.name == "get_user_details")
        c.tool("get_user_details", ["user_id": "ava_moore_1001"], returns: AgentFixture.user)
        let next = agent.respond(to: c.messages).call
        #expect(next?.name == "get_order_details")
        #expect(next?.arguments == ["order_id": "#W1001"])
    }

    @Test func listsTheActionAndAsksBeforeAWrite() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to cancel my order #W1001, I no longer need it.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        let reply = agent.respond(to: c.messages)
        #expect(reply.toolCalls.isEmpty)
        #expect(reply.content.hasSuffix("Do you confirm (yes/no)?"))
        #expect(reply.content.contains("#W1001"))
        #expect(reply.content.contains("$131.50"))
        #expect(reply.content.contains("no longer needed"))
    }

    @Test func writesOnlyAfterAnExplicitYes() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to cancel my order #W1001, I no longer need it.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        c.agent(agent.respond(to: c.messages).content)

        var unsure = c
        unsure.user("Hmm, what would happen to my refund?")
        #expect(agent.respond(to: unsure.messages).toolCalls.isEmpty, "no write without a yes")

        var declined = c
        declined.user("No, please don't do that.")
        let no = agent.respond(to: declined.messages)
        #expect(no.toolCalls.isEmpty)
        #expect(no.content.contains("won't make that change"))

        c.user("Yes, please go ahead.")
        let yes = agent.respond(to: c.messages).call
        #expect(yes?.name == "cancel_pending_order")
        #expect(yes?.arguments == ["order_id": "#W1001", "reason": "no longer needed"])
    }

    @Test func reportsTheOutcomeWithTheAmount() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to cancel my order #W1001, I no longer need it.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        c.agent(agent.respond(to: c.messages).content)
        c.user("Yes, I confirm.")
        c.tool("cancel_pending_order", ["order_id": "#W1001", "reason": "no longer needed"], returns: AgentFixture.order(status: "cancelled"))
        let reply = agent.respond(to: c.messages)
        #expect(reply.toolCalls.isEmpty)
        #expect(reply.content.contains("$131.50"))
        #expect(reply.content.hasSuffix("Is there anything else I can help you with?"))
    }

    @Test func refusesToCancelADeliveredOrder() {
        var c = ConversationBuilder()
        c.authenticated(opening: "Cancel my order #W1002 please, I ordered it by mistake.")
        c.tool("get_order_details", ["order_id": "#W1002"], returns: AgentFixture.order("#W1002", status: "delivered"))
        let reply = agent.respond(to: c.messages)
        #expect(reply.toolCalls.isEmpty)
        #expect(reply.content.contains("only pending orders can be cancelled"))
    }

    @Test func refusesAnotherCustomersOrderWithoutReadingIt() {
        var c = ConversationBuilder()
        c.authenticated(opening: "Cancel order #W1099, I no longer need it.")
        let reply = agent.respond(to: c.messages)
        #expect(reply.toolCalls.isEmpty, "the order is not on the account: do not look it up")
        #expect(reply.content.contains("can't find #W1099"))
    }

    @Test func givesUpWhenTheUserCannotBeIdentified() {
        var c = ConversationBuilder()
        c.user("Cancel order #W1001, I no longer need it.")
        c.agent("Could you please provide your email address, or your first name, last name and zip code?")
        c.user("My email is ava@example.org.")
        c.tool("find_user_id_by_email", ["email": "ava@example.org"], returns: "Error: User not found")
        let retry = agent.respond(to: c.messages)
        #expect(retry.toolCalls.isEmpty)
        #expect(retry.content.contains("couldn't find an account"))
        c.agent(retry.content)
        c.user("My email is ava@example.org.")
        let giveUp = agent.respond(to: c.messages)
        #expect(giveUp.toolCalls.isEmpty, "the same email is not tried twice")
        #expect(giveUp.content.contains("without verifying who you are"))
    }

    @Test func announcesTheTransferAfterCallingTheTool() {
        var c = ConversationBuilder()
        c.user("I want to talk to a human.")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "transfer_to_human_agents")
        c.tool("transfer_to_human_agents", call?.arguments ?? [:], returns: "Transfer successful")
        #expect(agent.respond(to: c.messages).content == "I'm transferring you to a human agent. Please hold on.")
    }

    @Test func handlesASecondRequest() {
        var c = ConversationBuilder()
        c.authenticated(opening: "Cancel my order #W1001, I ordered it by mistake.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        c.agent(agent.respond(to: c.messages).content)
        c.user("Yes, please go ahead.")
        c.tool("cancel_pending_order", ["order_id": "#W1001", "reason": "ordered by mistake"], returns: AgentFixture.order(status: "cancelled"))
        c.agent(agent.respond(to: c.messages).content)
        c.user("Also, what's the status of my order #W1002?")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "get_order_details")
        #expect(call?.arguments == ["order_id": "#W1002"])
    }
}

// MARK: - Fixtures

/// Tool results as the retail tools return them, for hand-written conversations.
enum AgentFixture {
    static let policy = ChatMessage.system("You are a retail agent.")

    static let user = """
        {"user_id": "ava_moore_1001", "name": {"first_name": "Ava", "last_name": "Moore"}, "address": {"address1": "12 Maple Avenue", \
        "address2": "", "city": "Brooklyn", "country": "USA", "state": "NY", "zip": "11215"}, "email": "ava.moore@example.com", \
        "payment_methods": {"credit_card_5133002": {"source": "credit_card", "id": "credit_card_5133002", "brand": "visa", "last_four": "0125"}, \
        "gift_card_1111111": {"source": "gift_card", "id": "gift_card_1111111", "balance": 20.0}, \
        "paypal_2222222": {"source": "paypal", "id": "paypal_2222222"}}, "orders": ["#W1001", "#W1002"]}
        """

    static func order(_ id: String = "#W1001", status: String = "pending") -> String {
        """
        {"order_id": "\(id)", "user_id": "ava_moore_1001", "address": {"address1": "12 Maple Avenue", "address2": "", "city": "Brooklyn", \
        "country": "USA", "state": "NY", "zip": "11215"}, "items": [{"name": "Wool Sweater", "product_id": "8605995000", \
        "item_id": "9010130253", "price": 89.0, "options": {"color": "grey", "size": "medium"}}, {"name": "Ceramic Teapot", \
        "product_id": "1234567890", "item_id": "6885693291", "price": 42.5, "options": {"color": "white", "capacity": "600 ml"}}], \
        "status": "\(status)", "fulfillments": [], "payment_history": [{"transaction_type": "payment", "amount": 131.5, \
        "payment_method_id": "credit_card_5133002"}]}
        """
    }

    static let sweater = """
        {"name": "Wool Sweater", "product_id": "8605995000", "variants": {"9010130253": {"item_id": "9010130253", \
        "options": {"color": "grey", "size": "medium"}, "available": true, "price": 89.0}, "2437339341": {"item_id": "2437339341", \
        "options": {"color": "grey", "size": "large"}, "available": true, "price": 94.0}, "5509445905": {"item_id": "5509445905", \
        "options": {"color": "navy", "size": "large"}, "available": true, "price": 94.5}, "1780295393": {"item_id": "1780295393", \
        "options": {"color": "cream", "size": "large"}, "available": false, "price": 92.0}}}
        """
}

/// Builds a conversation the way the conversation loop does: the agent's
/// tool calls are answered with canned results.
struct ConversationBuilder {
    var messages: [ChatMessage] = [AgentFixture.policy]

    mutating func user(_ text: String) { messages.append(.user(text)) }

    mutating func agent(_ text: String) { messages.append(.assistant(text)) }

    /// An assistant tool call and its result.
    mutating func tool(_ name: String, _ arguments: JSONObject, returns output: String) {
        let id = "call_\(messages.count)_0"
        messages.append(.assistant("", toolCalls: [ToolCall(id: id, name: name, arguments: arguments)]))
        messages.append(.tool(output, callID: id))
    }

    /// Ava, authenticated by email, with her profile looked up.
    mutating func authenticated(opening: String) {
        user(opening)
        agent("Could you please provide your email address, or your first name, last name and zip code?")
        user("My email is ava.moore@example.com.")
        tool("find_user_id_by_email", ["email": "ava.moore@example.com"], returns: "ava_moore_1001")
        tool("get_user_details", ["user_id": "ava_moore_1001"], returns: AgentFixture.user)
    }
}

extension ChatMessage {
    var call: ToolCall? { toolCalls.first }
}
