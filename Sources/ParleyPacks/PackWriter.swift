import Foundation
import ParleyCore

/// Writes a pack in Parley's own layout: `domain.yaml`, the policy and
/// database copied byte for byte, one YAML file per scenario.
public enum PackWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `pack` to `directory`, which must not exist yet or be empty.
    /// `sourcePolicy` and `sourceDatabase` are copied unchanged.
    public static func write(_ pack: Pack, sourcePolicy: String, sourceDatabase: String, to directory: String) throws(WriteError) {
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            throw WriteError(description: "\(directory) exists and is not empty; choose a new folder for the pack")
        }
        do {
            try fm.createDirectory(atPath: directory + "/scenarios", withIntermediateDirectories: true)
            try fm.copyItem(atPath: sourcePolicy, toPath: directory + "/policy.md")
            try fm.copyItem(atPath: sourceDatabase, toPath: directory + "/db.json")
            try manifest(pack).write(toFile: directory + "/domain.yaml", atomically: true, encoding: .utf8)
            var used: Set<String> = []
            for scenario in pack.scenarios {
                var name = fileName(for: scenario.id)
                while used.contains(name) { name += "_" }
                used.insert(name)
                try ScenarioEncoder.yaml(scenario).write(toFile: "\(directory)/scenarios/\(name).yaml", atomically: true, encoding: .utf8)
            }
        } catch {
            throw WriteError(description: "cannot write the pack to \(directory): \(error.localizedDescription)")
        }
    }

    static func manifest(_ pack: Pack) -> String {
        let manifest: JSONValue = [
            "name": .string(pack.name), "title": .string(pack.title), "tools": ["builtin": .string(pack.domain.name)],
            "policy": "policy.md", "db": "db.json", "scenarios": "scenarios",
            "limits": ["max_turns": .int(pack.settings.maxTurns), "max_tool_errors": .int(pack.settings.maxToolErrors)],
        ]
        return ScenarioEncoder.yaml(manifest)
    }

    /// A file name from a scenario id: letters, digits, `-` and `_` kept.
    static func fileName(for id: String) -> String {
        let kept = String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return kept.isEmpty ? "scenario" : kept
    }
}
