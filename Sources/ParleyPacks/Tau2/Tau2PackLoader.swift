import Foundation
import ParleyCore
import ParleyDomains

/// Loads a folder in tau2-bench's layout (`db.json`, `tasks.json`,
/// `policy.md`, optional `split_tasks.json`) as a pack, unchanged.
enum Tau2PackLoader {
    static func isTau2Folder(_ path: String) -> Bool {
        let fm = FileManager.default
        return !fm.fileExists(atPath: path + "/domain.yaml") && fm.fileExists(atPath: path + "/tasks.json")
    }

    static func load(_ path: String, split: String?, replayGold: Bool) -> PackLoader.Result {
        let directory = URL(fileURLWithPath: path).standardizedFileURL
        let tasksPath = directory.appendingPathComponent("tasks.json").path
        var diagnostics: [Diagnostic] = []
        let tasks: JSONValue
        switch PackLoader.loadJSON(tasksPath, what: "the tau2 tasks file") {
        case .success(let value): tasks = value
        case .failure(let problem): return PackLoader.Result(pack: nil, diagnostics: [problem])
        }
        let splits = loadSplits(directory.appendingPathComponent("split_tasks.json").path, into: &diagnostics)
        if let split, splits[split] == nil {
            let known = splits.keys.sorted().joined(separator: ", ")
            diagnostics.append(Diagnostic(at: SourceLocation(file: directory.appendingPathComponent("split_tasks.json").path, line: 1, column: 1),
                                          "no split named '\(split)'" + (known.isEmpty ? " (the folder has no split_tasks.json)" : "; available: \(known)")))
            return PackLoader.Result(pack: nil, diagnostics: diagnostics)
        }
        let (decoded, taskDiagnostics) = Tau2TaskDecoder.decode(tasks: tasks, splits: splits, file: tasksPath)
        diagnostics += taskDiagnostics
        let domainName = tasks.arrayValue?.lazy.compactMap { $0["user_scenario"]?["instructions"]?["domain"]?.stringValue }.first
            ?? directory.lastPathComponent
        guard let domain = BuiltinDomains.named(domainName) else {
            diagnostics.append(Diagnostic(at: SourceLocation(file: tasksPath, line: 1, column: 1),
                                          "tau2 domain '\(domainName)' has no built-in tools; available: \(BuiltinDomains.names.joined(separator: ", "))"))
            return PackLoader.Result(pack: nil, diagnostics: diagnostics)
        }
        let policyPath = directory.appendingPathComponent("policy.md").path
        guard let policy = try? String(contentsOfFile: policyPath, encoding: .utf8) else {
            diagnostics.append(PackLoader.fileProblem(policyPath, "cannot read the policy; a tau2 folder needs policy.md"))
            return PackLoader.Result(pack: nil, diagnostics: diagnostics)
        }
        let state: World
        switch PackLoader.loadState(directory.appendingPathComponent("db.json").path) {
        case .success(let world): state = world
        case .failure(let problem): return PackLoader.Result(pack: nil, diagnostics: diagnostics + [problem])
        }
        let selected = split.map { name in decoded.filter { splits[name]!.contains($0.id) } } ?? decoded
        let (valid, problems, outcomes) = PackLoader.validate(selected, domain: domain, state: state, replayGold: replayGold)
        let pack = Pack(name: domainName, title: "tau2-bench \(domainName)", directory: directory.path, domain: domain,
                        policy: policy, initialState: state, scenarios: valid, settings: ConversationSettings(maxTurns: 100, maxToolErrors: 10),
                        outcomes: outcomes)
        return PackLoader.Result(pack: pack, diagnostics: diagnostics + problems)
    }

    /// `split_tasks.json`: split name → task ids; empty when the file is absent.
    static func loadSplits(_ path: String, into diagnostics: inout [Diagnostic]) -> [String: Set<String>] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        switch PackLoader.loadJSON(path, what: "the split file") {
        case .failure(let problem):
            diagnostics.append(problem)
            return [:]
        case .success(let value):
            guard case .object(let o) = value else {
                diagnostics.append(PackLoader.fileProblem(path, "split_tasks.json must map split names to lists of task ids"))
                return [:]
            }
            return o.reduce(into: [:]) { splits, entry in
                splits[entry.key] = Set(entry.value.arrayValue?.compactMap(\.scalarText) ?? [])
            }
        }
    }
}
