import Foundation
import ParleyCore
import Testing

/// tau2-bench's retail reference data: `../shared/tau2/retail` beside the
/// repository, or `$PARLEY_TAU2_DIR/retail`. Tests that use it are skipped
/// where it is absent.
enum RetailReference {
    static let directory: URL = {
        if let custom = ProcessInfo.processInfo.environment["PARLEY_TAU2_DIR"], !custom.isEmpty {
            return URL(fileURLWithPath: custom).appendingPathComponent("retail")
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ParleyDomainsTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/tau2/retail")
    }()

    static var isAvailable: Bool {
        ["db.json", "expected_train.jsonl"].allSatisfy {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
    }

    /// The initial database, parsed once.
    static let initialWorld: World? = {
        guard let bytes = try? Data(contentsOf: directory.appendingPathComponent("db.json")) else { return nil }
        return (try? JSONParser.parse(bytes: Array(bytes))).map(World.init)
    }()

    /// Every train task with its expected replay; empty when the data is absent.
    static let tasks: [RetailReplayCase] = {
        guard isAvailable, let data = try? Data(contentsOf: directory.appendingPathComponent("expected_train.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            (try? JSONParser.parse(bytes: Array(line))).flatMap(RetailReplayCase.init)
        }
    }()
}

/// One line of `expected_train.jsonl`.
struct RetailReplayCase: Sendable, CustomTestStringConvertible {
    struct Action: Sendable {
        var call: ToolCall
        var output: String
        var errorMessage: String?
        var mutates: Bool
    }

    var id: String
    var actions: [Action]
    var diff: [ComparableChange]

    var testDescription: String { "task \(id)" }

    init?(_ json: JSONValue) {
        guard let id = json["id"]?.stringValue, let actions = json["actions"]?.arrayValue,
            let diff = json["db_diff"]?.arrayValue
        else { return nil }
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

/// A state change in a form both sides share: upstream writes a field it
/// fills in as a `replace` from null, Parley's diff as an `add`.
struct ComparableChange: Sendable, Equatable, Comparable, CustomStringConvertible {
    var path: String
    var op: String
    var before: JSONValue
    var after: JSONValue

    init(expected json: JSONValue) {
        path = json["path"]?.stringValue ?? ""
        op = json["op"]?.stringValue ?? ""
        before = json["before"] ?? .null
        after = json["after"] ?? .null
        if op == "replace", before == .null { op = "add" }
    }

    init(_ change: StateChange) {
        path = change.path.description
        op = change.op.rawValue
        before = change.before ?? .null
        after = change.after ?? .null
    }

    static func < (a: ComparableChange, b: ComparableChange) -> Bool { (a.path, a.op) < (b.path, b.op) }

    var description: String { "\(op) \(path): \(before.compactText) -> \(after.compactText)" }
}
