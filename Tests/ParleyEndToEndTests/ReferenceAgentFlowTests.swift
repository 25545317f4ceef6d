import ParleyCore
import ParleyReferenceAgent
import Testing

/// Items, variants, payment methods and addresses picked from the user's words.
struct ReferenceAgentFlowTests {
    let agent = RetailReferenceAgent()

    @Test func changesItemsToTheVariantNamed() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I'd like to change the size of the sweater in order #W1001 to large, same grey color, paid with my gift card.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        #expect(agent.respond(to: c.messages).call?.arguments == ["product_id": "8605995000"])
        c.tool("get_product_details", ["product_id": "8605995000"], returns: AgentFixture.sweater)
        let proposal = agent.respond(to: c.messages).content
        #expect(proposal.contains("Wool Sweater (grey, large, $94.00)"))
        #expect(proposal.contains("$5.00"))
        #expect(proposal.contains("only be changed once"))
        c.agent(proposal)
        c.user("Yes, please proceed.")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "modify_pending_order_items")
        #expect(call?.arguments == [
            "order_id": "#W1001", "item_ids": ["9010130253"], "new_item_ids": ["2437339341"], "payment_method_id": "gift_card_1111111",
        ])
    }

    @Test func exchangesADeliveredOrderForTheBestMatchingVariant() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to exchange the sweater from #W1002 for the navy one in large, paying with my gift card.")
        c.tool("get_order_details", ["order_id": "#W1002"], returns: AgentFixture.order("#W1002", status: "delivered"))
        c.tool("get_product_details", ["product_id": "8605995000"], returns: AgentFixture.sweater)
        let proposal = agent.respond(to: c.messages).content
        #expect(proposal.contains("Wool Sweater (grey, medium, $89.00) becomes Wool Sweater (navy, large, $94.50)"))
        #expect(proposal.contains("charged to your gift card"))
        #expect(proposal.contains("exchanged once"))
    }

    @Test func offersOtherMethodsWhenTheGiftCardIsTooSmall() {
        var c = ConversationBuilder()
        c.authenticated(opening: "Please change the payment method of order #W1001 to my gift card.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        let reply = agent.respond(to: c.messages).content
        #expect(reply.contains("isn't enough"))
        #expect(reply.contains("$20.00"))
        #expect(reply.contains("your PayPal account"))
        c.agent(reply)
        c.user("Then use my PayPal account instead.")
        let proposal = agent.respond(to: c.messages).content
        #expect(proposal.contains("charged to your PayPal account instead of your Visa credit card ending in 0125"))
    }

    @Test func returnsToTheOriginalMethodAndRefusesAnother() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I want to return the teapot from #W1002 with the refund going to my PayPal.")
        c.tool("get_order_details", ["order_id": "#W1002"], returns: AgentFixture.order("#W1002", status: "delivered"))
        let refusal = agent.respond(to: c.messages)
        #expect(refusal.toolCalls.isEmpty)
        #expect(refusal.content.contains("can't send it to your PayPal account"))

        var original = ConversationBuilder()
        original.authenticated(opening: "I want to return the teapot from #W1002 to the original payment method.")
        original.tool("get_order_details", ["order_id": "#W1002"], returns: AgentFixture.order("#W1002", status: "delivered"))
        original.agent(agent.respond(to: original.messages).content)
        original.user("Yes.")
        let call = agent.respond(to: original.messages).call
        #expect(call?.name == "return_delivered_order_items")
        #expect(call?.arguments == ["order_id": "#W1002", "item_ids": ["6885693291"], "payment_method_id": "credit_card_5133002"])
    }

    @Test func readsAnAddressWithASecondLine() {
        var c = ConversationBuilder()
        c.authenticated(opening: "Please ship my order #W1001 to 48 Harbor Road, Apt 3B, Portland, ME 04101 instead; change the address.")
        c.tool("get_order_details", ["order_id": "#W1001"], returns: AgentFixture.order())
        c.agent(agent.respond(to: c.messages).content)
        c.user("Yes, I confirm.")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "modify_pending_order_address")
        #expect(call?.arguments == [
            "order_id": "#W1001", "address1": "48 Harbor Road", "address2": "Apt 3B", "city": "Portland", "state": "ME",
            "country": "USA", "zip": "04101",
        ])
    }

    @Test func changesTheAccountAddressWhenNoOrderIsNamed() {
        var c = ConversationBuilder()
        c.authenticated(opening: "I moved. Please update the default address on my account.")
        let ask = agent.respond(to: c.messages).content
        #expect(ask == "What new address would you like on your account?")
        c.agent(ask)
        c.user("The address is 9 Birch Lane, Madison, WI 53703.")
        c.agent(agent.respond(to: c.messages).content)
        c.user("Yes, please go ahead.")
        let call = agent.respond(to: c.messages).call
        #expect(call?.name == "modify_user_address")
        #expect(call?.arguments["address1"] == "9 Birch Lane")
        #expect(call?.arguments["address2"] == "")
        #expect(call?.arguments["user_id"] == "ava_moore_1001")
    }

    @Test func answersAboutProductsWithoutAnAccount() {
        var c = ConversationBuilder()
        c.user("How much is the wool sweater in navy, large?")
        #expect(agent.respond(to: c.messages).call?.name == "list_all_product_types")
        c.tool("list_all_product_types", [:], returns: #"{"Ceramic Teapot": "1234567890", "Wool Sweater": "8605995000"}"#)
        #expect(agent.respond(to: c.messages).call?.arguments == ["product_id": "8605995000"])
        c.tool("get_product_details", ["product_id": "8605995000"], returns: AgentFixture.sweater)
        let reply = agent.respond(to: c.messages).content
        #expect(reply.contains("Wool Sweater (navy, large) costs $94.50 and is in stock"))
    }
}
