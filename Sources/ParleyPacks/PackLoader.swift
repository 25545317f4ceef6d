import Foundation
import ParleyCore
import ParleyDomains

/// Loads a pack folder (`domain.yaml`, policy, database, scenario files) and
/// checks it, collecting every problem with its file, line and column.
public enum PackLoader {
    /// The result of a load: the pack when it could be built, and all problems found.
    public struct Result: Sendable {
        public var pack: Pack?
        public var diagnostics: [Diagnostic]
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// Loads and validates the pack at `path`: a Parley pack (`domain.yaml`)
    /// or a folder in tau2-bench's layout (`tasks.json`). Scenarios with
    /// problems are left out of the pack; their problems are in `diagnostics`.
    /// `split` keeps only the scenarios of that split (tau2's split file, or
    /// the tag of that name in a Parley pack).
    /// `replayGold: false` leaves the gold replay to the caller (`parley verify`).
    public static func load(_ path: String, split: String? = nil, replayGold: Bool = true) -> Result {
        if Tau2PackLoader.isTau2Folder(path) { return Tau2PackLoader.load(path, split: split, replayGold: replayGold) }
        var result = loadParleyPack(path, replayGold: replayGold)
        if let split, var pack = result.pack {
            pack.scenarios = pack.scenarios.filter { $0.tags.contains(split) }
            result.pack = pack
        }
        return result
    }

    static func loadParleyPack(_ path: String, replayGold: Bool) -> Result {
        let directory = URL(fileURLWithPath: path)
        let manifestPath = directory.appendingPathComponent("domain.yaml").path
        guard let manifestText = try? String(contentsOfFile: manifestPath, encoding: .utf8) else {
            return Result(pack: nil, diagnostics: [fileProblem(manifestPath, "cannot read the pack manifest; a pack is a folder with domain.yaml, policy.md, db.json and scenarios/")])
        }
        let (decoded, manifestDiagnostics) = PackManifest.decode(manifestText, file: manifestPath)
        var diagnostics = manifestDiagnostics
        guard let manifest = decoded else { return Result(pack: nil, diagnostics: diagnostics) }
        guard let domain = BuiltinDomains.named(manifest.builtinTools) else {
            diagnostics.append(fileProblem(manifestPath, "unknown built-in tools '\(manifest.builtinTools)'; available: \(BuiltinDomains.names.joined(separator: ", "))"))
            return Result(pack: nil, diagnostics: diagnostics)
        }
        let policyPath = directory.appendingPathComponent(manifest.policyFile).path
        guard let policy = try? String(contentsOfFile: policyPath, encoding: .utf8) else {
            diagnostics.append(fileProblem(policyPath, "cannot read the policy file named by domain.yaml 'policy'"))
            return Result(pack: nil, diagnostics: diagnostics)
        }
        let dbPath = directory.appendingPathComponent(manifest.dbFile).path
        let state: World
        switch loadState(dbPath) {
        case .success(let world): state = world
        case .failure(let problem):
            diagnostics.append(problem)
            return Result(pack: nil, diagnostics: diagnostics)
        }
        let scenariosPath = directory.appendingPathComponent(manifest.scenariosFolder).path
        let (scenarios, scenarioDiagnostics) = loadScenarios(in: scenariosPath)
        diagnostics += scenarioDiagnostics
        let (valid, problems, outcomes) = validate(scenarios, domain: domain, state: state, replayGold: replayGold)
        diagnostics += problems
        let pack = Pack(
            name: manifest.name, title: manifest.title, directory: directory.path, domain: domain, policy: policy,
            initialState: state, scenarios: valid, settings: manifest.settings, outcomes: outcomes)
        return Result(pack: pack, diagnostics: diagnostics)
    }

    /// The scenarios without errors, and every problem found in them.
    static func validate(_ scenarios: [Scenario], domain: Domain, state: World, replayGold: Bool)
        -> (valid: [Scenario], diagnostics: [Diagnostic], outcomes: [String: ScenarioOutcome])
    {
        var diagnostics = ScenarioValidator.duplicateIDs(scenarios)
        var valid: [Scenario] = []
        var outcomes: [String: ScenarioOutcome] = [:]
        for scenario in scenarios {
            let (problems, outcome) = ScenarioValidator.check(scenario, domain: domain, state: state, replayGold: replayGold)
            diagnostics += problems
            guard !problems.contains(where: { $0.severity == .error }) else { continue }
            valid.append(scenario)
            outcomes[scenario.id] = outcome
        }
        return (valid, diagnostics, outcomes)
    }

    static func loadState(_ path: String) -> Swift.Result<World, Diagnostic> {
        switch loadJSON(path, what: "the database") {
        case .failure(let problem): return .failure(problem)
        case .success(let root):
            guard case .object = root else { return .failure(fileProblem(path, "the database must be a JSON object of tables")) }
            return .success(World(root))
        }
    }

    static func loadJSON(_ path: String, what: String) -> Swift.Result<JSONValue, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(fileProblem(path, "cannot read \(what)"))
        }
        do {
            return .success(try JSONParser.parse(bytes: Array(data)))
        } catch {
            return .failure(Diagnostic(at: SourceLocation(file: path, line: error.line, column: error.column), "invalid JSON: \(error.message)"))
        }
    }

    /// Every `.yaml`, `.yml` and `.json` file in `folder`, in name order.
    static func loadScenarios(in folder: String) -> ([Scenario], [Diagnostic]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return ([], [fileProblem(folder, "cannot read the scenarios folder named by domain.yaml 'scenarios'")])
        }
        var scenarios: [Scenario] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where [".yaml", ".yml", ".json"].contains(where: name.hasSuffix) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                diagnostics.append(fileProblem(path, "cannot read the file as UTF-8 text"))
                continue
            }
            let decoded = ScenarioDecoder.decode(text, file: path)
            scenarios += decoded.scenarios
            diagnostics += decoded.diagnostics
        }
        if scenarios.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: folder, line: 1, column: 1), "no scenario files (*.yaml, *.yml, *.json) in this folder"))
        }
        return (scenarios, diagnostics)
    }

    static func fileProblem(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), message)
    }
}
