import Foundation
import ParleyCore
import ParleyPacks
import Testing

/// `parley validate`'s checks, on packs written to a scratch folder.
struct PackValidationTests {
    /// A copy of the bundled retail pack's manifest, policy and database with the given scenario files.
    func pack(_ files: [String: String]) throws -> String {
        let dir = Paths.scratch("pack")
        let fm = FileManager.default
        for name in ["domain.yaml", "policy.md", "db.json"] {
            try fm.copyItem(atPath: Paths.retailPack + "/" + name, toPath: dir + "/" + name)
        }
        try fm.createDirectory(atPath: dir + "/scenarios", withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/scenarios/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func theBundledPackIsValid() {
        let result = PackLoader.load(Paths.retailPack)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect((result.pack?.scenarios.count ?? 0) >= 20)
    }

    @Test func reportsSemanticProblemsWithTheirLines() throws {
        let dir = try pack([
            "bad.yaml": """
                id: bad-actions
                user:
                  instructions: You want things.
                  script: {opening: hi}
                expected:
                  actions:
                    - name: cancel_pending_ordr
                      arguments: {order_id: "#W0000001"}
                    - name: get_order_details
                      arguments: {order: "#W1"}
                    - name: get_order_details
                      arguments: {order_id: "#W-does-not-exist"}
                  forbidden: [refund_everything]
                """,
        ])
        defer { Paths.remove(dir) }
        let result = PackLoader.load(dir)
        let messages = result.errors.map(\.description)
        #expect(messages.contains { $0.contains("bad.yaml:7:") && $0.contains("unknown tool 'cancel_pending_ordr'") && $0.contains("did you mean 'cancel_pending_order'") })
        #expect(messages.contains { $0.contains("bad.yaml:9:") && $0.contains("unknown argument 'order'") })
        #expect(messages.contains { $0.contains("bad.yaml:9:") && $0.contains("missing required argument 'order_id'") })
        #expect(messages.contains { $0.contains("forbidden call names unknown tool 'refund_everything'") })
        #expect(result.pack?.scenarios.isEmpty == true, "a scenario with errors is left out")
    }

    @Test func reportsFailingGoldActions() throws {
        let dir = try pack([
            "fails.yaml": """
                id: fails
                user: {instructions: x, script: {opening: hi}}
                expected:
                  actions:
                    - name: get_order_details
                      arguments: {order_id: "#W-does-not-exist"}
                """,
        ])
        defer { Paths.remove(dir) }
        let errors = PackLoader.load(dir).errors
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 5)
        #expect(errors.first?.message.contains("fails when replayed: Order not found") == true)
    }

    @Test func reportsEveryFileAndDuplicateIDs() throws {
        let one = "id: same\nuser: {instructions: x, script: {opening: hi}}\n"
        let dir = try pack(["a.yaml": one, "b.yaml": one, "c.yaml": "id: c\nuser: {instructions: x}\nexpectd: {}\n"])
        defer { Paths.remove(dir) }
        let result = PackLoader.load(dir)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("b.yaml:1:1") && $0.contains("duplicate scenario id 'same'") && $0.contains("a.yaml") })
        #expect(messages.contains { $0.contains("c.yaml:3:1") && $0.contains("unknown key 'expectd'") && $0.contains("did you mean 'expected'") })
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("no user.script") } == false, "c has errors and is not validated further")
    }

    @Test func reportsABrokenManifestAndDatabase() throws {
        let dir = try pack([:])
        defer { Paths.remove(dir) }
        try "name: x\ntools: {builtin: nowhere}\n".write(toFile: dir + "/domain.yaml", atomically: true, encoding: .utf8)
        let unknownTools = PackLoader.load(dir).errors
        #expect(unknownTools.first?.message.contains("unknown built-in tools 'nowhere'") == true)
        try "name: x\ntools: {builtin: retail}\n".write(toFile: dir + "/domain.yaml", atomically: true, encoding: .utf8)
        try "{\"users\": {,}}".write(toFile: dir + "/db.json", atomically: true, encoding: .utf8)
        let badJSON = PackLoader.load(dir).errors
        #expect(badJSON.first?.description.contains("db.json:1:12") == true)
    }
}
