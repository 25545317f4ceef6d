import Foundation
import ParleyCore
import ParleyPacks

/// `parley score`: verdicts for recorded conversations, without running them.
public struct Rescorer: Sendable {
    public var packs: [Pack]

    public init(packs: [Pack]) { self.packs = packs }

    /// Loads the packs the conversations belong to.
    public init(packPaths: [String]) throws(RunError) {
        var packs: [Pack] = []
        var errors: [Diagnostic] = []
        for path in packPaths {
            let loaded = PackLoader.load(path)
            errors += loaded.errors
            if let pack = loaded.pack { packs.append(pack) }
        }
        guard errors.isEmpty else { throw .badInput(errors) }
        self.packs = packs
    }

    /// The packs a results file was run on, read from the `run.json` beside it.
    public static func packPaths(besideResults file: String) -> [String] {
        let runFile = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("run.json").path
        guard let data = FileManager.default.contents(atPath: runFile), let run = try? JSONParser.parse(bytes: Array(data)) else { return [] }
        return run["configuration"]?["packs"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// Reads `file` (Parley's results.jsonl, or OpenAI-format conversations:
    /// one JSON object, or one per line) and scores every conversation in it.
    public func score(file: String) throws(RunError) -> [TrialResult] {
        guard let data = FileManager.default.contents(atPath: file) else { throw .usage("cannot read \(file)") }
        let text = String(decoding: data, as: UTF8.self)
        var records: [(line: Int, json: JSONValue)] = []
        if let whole = try? JSONParser.parse(text), whole.objectValue != nil {
            records = [(1, whole)]
        } else {
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
                do {
                    records.append((i + 1, try JSONParser.parse(String(line))))
                } catch {
                    throw .badInput([Diagnostic(at: SourceLocation(file: file, line: i + 1, column: error.column), "invalid JSON: \(error.message)")])
                }
            }
        }
        var results: [TrialResult] = []
        for (line, json) in records {
            let at = SourceLocation(file: file, line: line, column: 1)
            let conversation: RecordedConversation
            do {
                conversation = json["transcript"] != nil ? try .fromResult(json) : try .fromOpenAI(json)
            } catch {
                throw .badInput([Diagnostic(at: at, error.description)])
            }
            results.append(try score(conversation, packName: json["pack"]?.stringValue, at: at))
        }
        return results
    }

    func score(_ conversation: RecordedConversation, packName: String?, at location: SourceLocation) throws(RunError) -> TrialResult {
        let candidates = packs.filter { packName == nil || $0.name == packName }
        guard let pack = candidates.first(where: { p in p.scenarios.contains { $0.id == conversation.scenarioID } }),
            let scenario = pack.scenarios.first(where: { $0.id == conversation.scenarioID })
        else {
            let names = packs.map(\.name).joined(separator: ", ")
            throw .badInput([Diagnostic(at: location, "scenario '\(conversation.scenarioID)' is in none of the packs given (\(names)); pass its pack with --pack")])
        }
        let outcome: ScenarioOutcome
        do {
            outcome = try pack.outcome(of: scenario)
        } catch {
            throw .badInput(error.diagnostics)
        }
        return conversation.score(scenario: scenario, outcome: outcome, domain: pack.domain, pack: pack.name)
    }
}
