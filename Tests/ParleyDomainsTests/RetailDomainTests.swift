import ParleyCore
import ParleyDomains
import Testing

struct RetailDomainTests {
    let domain = RetailDomain.domain

    @Test func offersTau2sSixteenTools() {
        #expect(domain.name == "retail")
        #expect(Set(domain.specs.map(\.name)) == [
            "find_user_id_by_email", "find_user_id_by_name_zip", "get_user_details", "get_order_details",
            "get_product_details", "get_item_details", "list_all_product_types", "calculate",
            "cancel_pending_order", "modify_pending_order_address", "modify_pending_order_items",
            "modify_pending_order_payment", "modify_user_address", "exchange_delivered_order_items",
            "return_delivered_order_items", "transfer_to_human_agents",
        ])
        #expect(domain.specs.count == 16)
    }

    @Test func writeToolsAreMarkedAsWrites() {
        let writes = Set(domain.specs.filter(\.mutates).map(\.name))
        #expect(writes == [
            "cancel_pending_order", "modify_pending_order_address", "modify_pending_order_items",
            "modify_pending_order_payment", "modify_user_address", "exchange_delivered_order_items",
            "return_delivered_order_items",
        ])
    }

    @Test func parametersUseUpstreamsNamesAndTypes() throws {
        let items = try #require(domain.tool(named: "modify_pending_order_items")).spec
        #expect(items.parameters.map(\.name) == ["order_id", "item_ids", "new_item_ids", "payment_method_id"])
        #expect(items.parameters.map(\.type) == [.string, .array(of: .string), .array(of: .string), .string])
        #expect(items.parameters.allSatisfy { $0.isRequired })
        let address = try #require(domain.tool(named: "modify_user_address")).spec
        #expect(address.parameters.map(\.name) == ["user_id", "address1", "address2", "city", "state", "country", "zip"])
        #expect(try #require(domain.tool(named: "list_all_product_types")).spec.parameters.isEmpty)
        #expect(domain.specs.allSatisfy { !$0.description.isEmpty && $0.parameters.allSatisfy { !$0.description.isEmpty } })
    }

    @Test func rulesNameTheAuthenticationAndTransferTools() {
        #expect(domain.rules.authenticationTools == ["find_user_id_by_email", "find_user_id_by_name_zip"])
        #expect(domain.rules.transferTool == "transfer_to_human_agents")
    }

    @Test func ownerIsTheUserArgumentOrTheOrdersUser() {
        let world = RetailFixture.world
        #expect(domain.rules.owner(ToolCall(name: "get_user_details", arguments: ["user_id": "bob_ray_2"]), world) == "bob_ray_2")
        #expect(domain.rules.owner(ToolCall(name: "cancel_pending_order", arguments: ["order_id": "#W4", "reason": "x"]), world) == "bob_ray_2")
        #expect(domain.rules.owner(ToolCall(name: "get_order_details", arguments: ["order_id": "#W0"]), world) == nil)
        #expect(domain.rules.owner(ToolCall(name: "get_product_details", arguments: ["product_id": "1000000001"]), world) == nil)
    }

    @Test func aFailedWriteLeavesTheWorldUnchangedButCountsAsAWrite() {
        let (outcome, world) = RetailFixture.call("cancel_pending_order", ["order_id": "#W2", "reason": "no longer needed"])
        #expect(outcome.isError)
        #expect(outcome.mutates)
        #expect(outcome.errorMessage == "Non-pending order cannot be cancelled")
        #expect(world == RetailFixture.world)
    }

    @Test func isABuiltinDomain() throws {
        #expect(BuiltinDomains.names.contains("retail"))
        #expect(BuiltinDomains.names == BuiltinDomains.names.sorted())
        #expect(try #require(BuiltinDomains.named("retail")).name == "retail")
        #expect(BuiltinDomains.named("no-such-domain") == nil)
    }
}
