import Testing
@testable import ParleyCore

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

struct WorldTests {
    let base = World(["users": ["u1": ["name": "Ava", "orders": ["#W1"]]], "orders": ["#W1": ["status": "pending", "total": 10.0]]])

    @Test func hashIgnoresKeyOrderButNotNumberType() {
        let reordered = World(["orders": ["#W1": ["total": 10.0, "status": "pending"]], "users": ["u1": ["orders": ["#W1"], "name": "Ava"]]])
        #expect(base.canonicalHash == reordered.canonicalHash)
        let intTotal = World(["users": ["u1": ["name": "Ava", "orders": ["#W1"]]], "orders": ["#W1": ["status": "pending", "total": 10]]])
        #expect(base.canonicalHash != intTotal.canonicalHash)
        #expect(base.canonicalHash.count == 64)
    }

    @Test func copiesAreIndependent() {
        var copy = base
        copy.modifyRecord("orders", "#W1") { $0.set("status", to: "cancelled") }
        #expect(base.record("orders", "#W1")?["status"] == "pending")
        #expect(copy.record("orders", "#W1")?["status"] == "cancelled")
        #expect(copy.root["users"] == base.root["users"])
    }

    @Test func diffReportsEachField() {
        var after = base
        after.modifyRecord("orders", "#W1") { order in
            order.set("status", to: "cancelled")
            order.set("cancel_reason", to: "no longer needed")
        }
        after.modifyRecord("users", "u1") { user in user.modify("orders") { $0.append("#W2") } }
        let diff = base.diff(to: after)
        #expect(diff.map(\.path.description) == ["/orders/#W1/cancel_reason", "/orders/#W1/status", "/users/u1/orders/1"])
        #expect(diff.map(\.op) == [.add, .replace, .add])
        #expect(diff[1].before == "pending" && diff[1].after == "cancelled")
        #expect(after.diff(to: base).map(\.op) == [.remove, .replace, .remove])
    }

    @Test func diffHonoursIgnoredPaths() {
        var after = base
        after.modifyRecord("orders", "#W1") { $0.set("status", to: "cancelled") }
        #expect(base.diff(to: after, ignoring: [JSONPointer("/orders/#W1/status")!]).isEmpty)
        #expect(base.diff(to: after, ignoring: [JSONPointer("/orders")!]).isEmpty)
        #expect(base.diff(to: after, ignoring: [JSONPointer("/users")!]).count == 1)
    }

    @Test func diffOfEqualWorldsIsEmpty() {
        #expect(base.diff(to: base).isEmpty)
    }
}

struct StructuralSharingTests {
    /// The address of an object's value storage: equal addresses mean shared storage.
    func storage(_ value: JSONValue?) -> UnsafeRawPointer? {
        guard case .object(let o)? = value else { return nil }
        return o.values.elements.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func aWriteCopiesOnlyTheTableItTouches() throws {
        var users = JSONObject()
        var orders = JSONObject()
        for i in 0..<100 {
            users["u\(i)"] = ["name": .string("user \(i)")]
            orders["#W\(i)"] = ["status": "pending", "user_id": .string("u\(i)")]
        }
        let original = World(["users": .object(users), "orders": .object(orders)])
        var copy = original
        #expect(storage(copy.root["orders"]) == storage(original.root["orders"]))
        copy.modifyRecord("orders", "#W7") { $0.set("status", to: "cancelled") }
        #expect(storage(copy.root["users"]) == storage(original.root["users"]), "untouched table is shared")
        #expect(storage(copy.root["orders"]) != storage(original.root["orders"]), "written table is copied")
        #expect(storage(copy.record("orders", "#W8")) == storage(original.record("orders", "#W8")), "untouched records stay shared")
        #expect(original.record("orders", "#W7")?["status"] == "pending")
    }
}
