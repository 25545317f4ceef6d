import Foundation
import ParleyCore
import Testing

/// tau2-bench's reference data for one domain: `../shared/tau2/<domain>`
/// beside the repository, or `$PARLEY_TAU2_DIR/<domain>`. Tests that use it
/// are skipped where it is absent.
struct Tau2Reference: Sendable {
    let domain: String

    static let retail = Tau2Reference(domain: "retail")
    static let airline = Tau2Reference(domain: "airline")

    var directory: URL {
        if let custom = ProcessInfo.processInfo.environment["PARLEY_TAU2_DIR"], !custom.isEmpty {
            return URL(fileURLWithPath: custom).appendingPathComponent(domain)
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ParleyDomainsTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/tau2/\(domain)")
    }

    var isAvailable: Bool {
        ["db.json", "expected_train.jsonl"].allSatisfy {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
    }

    /// The initial database.
    func initialWorld() -> World? {
        guard let bytes = try? Data(contentsOf: directory.appendingPathComponent("db.json")) else { return nil }
        return (try? JSONParser.parse(bytes: Array(bytes))).map(World.init)
    }

    /// Every train task with its expected replay; empty when the data is absent.
    func tasks() -> [Tau2ReplayCase] {
        guard isAvailable, let data = try? Data(contentsOf: directory.appendingPathComponent("expected_train.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            (try? JSONParser.parse(bytes: Array(line))).flatMap { Tau2ReplayCase($0, domain: domain) }
        }
    }
}

/// One line of `expected_train.jsonl`: a task's gold actions with what each
/// produced upstream, and the final state's diff.
struct Tau2ReplayCase: Sendable, CustomTestStringConvertible {
    struct Action: Sendable {
        var call: ToolCall
        var output: String
        var errorMessage: String?
        var mutates: Bool
    }

    var domain: String
    var id: String
    var actions: [Action]
    var diff: [ComparableChange]

    var testDescription: String { "\(domain) task \(id)" }

    init?(_ json: JSONValue, domain: String) {
        guard let id = json["id"]?.stringValue, let actions = json["actions"]?.arrayValue,
            let diff = json["db_diff"]?.arrayValue
        else { return nil }
        self.domain = domain
        self.id = id
        self.actions = actions.map { action in
            Action(
                call: ToolCall(name: action["name"]?.stringValue ?? "", arguments: action["arguments"]?.objectValue ?? [:]),
                output: action["output"]?.stringValue ?? "",
                errorMessage: action["error"]?["message"]?.stringValue,
                mutates: action["mutates_state"]?.boolValue ?? false
            )
        }
        self.diff = diff.map(ComparableChange.init(expected:)).sorted()
    }
}

/// A state change in a form both sides share. Upstream's model fills absent
/// optional fields with null, so a field that appears is a `replace` from
/// null there and an `add` here: both are read as `add`.
struct ComparableChange: Sendable, Equatable, Comparable, CustomStringConvertible {
    var path: String
    var op: String
    var before: JSONValue
    var after: JSONValue

    init(path: String, op: String, before: JSONValue, after: JSONValue) {
        self.path = path
        self.op = op == "replace" && before == .null ? "add" : op
        self.before = before
        self.after = after
    }

    init(expected json: JSONValue) {
        self.init(path: json["path"]?.stringValue ?? "", op: json["op"]?.stringValue ?? "",
                  before: json["before"] ?? .null, after: json["after"] ?? .null)
    }

    init(_ change: StateChange) {
        self.init(path: change.path.description, op: change.op.rawValue, before: change.before ?? .null, after: change.after ?? .null)
    }

    static func < (a: ComparableChange, b: ComparableChange) -> Bool { (a.path, a.op) < (b.path, b.op) }

    var description: String { "\(op) \(path): \(before.compactText) -> \(after.compactText)" }
}
