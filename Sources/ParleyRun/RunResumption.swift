import Foundation
import ParleyCore
import ParleyPacks

/// `parley run --resume`: the trials a run folder already holds, so that a
/// killed run goes on where it stopped instead of starting again.
struct RunResumption {
    /// A trial's identity within a run.
    struct Key: Hashable {
        var pack: String
        var scenario: String
        var trial: Int
    }

    var finished: [TrialResult]
    var keys: Set<Key> { Set(finished.map { Key(pack: $0.pack, scenario: $0.scenarioID, trial: $0.trial) }) }

    /// Reads `results.jsonl` in `folder`, drops a last line cut short by a
    /// kill (the file is truncated to its last whole line, so appending goes
    /// on cleanly) and re-scores each finished trial from its transcript.
    static func load(folder: String, packs: [Pack], seed: UInt64) throws(RunError) -> RunResumption {
        let fm = FileManager.default
        let runFile = folder + "/run.json"
        if let data = fm.contents(atPath: runFile), let run = try? JSONParser.parse(bytes: Array(data)),
            let recorded = run["seed"]?.stringValue, recorded != String(seed)
        {
            throw .usage("\(folder) was run with --seed \(recorded); resume it with the same seed")
        }
        let resultsFile = folder + "/results.jsonl"
        guard var bytes = fm.contents(atPath: resultsFile).map(Array.init) else { return RunResumption(finished: []) }
        if let lastNewline = bytes.lastIndex(of: 0x0A), lastNewline != bytes.count - 1 {
            bytes.removeSubrange((lastNewline + 1)...)
            truncate(resultsFile, to: bytes.count)
        } else if !bytes.contains(0x0A) {
            bytes = []
            truncate(resultsFile, to: 0)
        }
        let rescorer = Rescorer(packs: packs)
        var finished: [TrialResult] = []
        for (i, line) in bytes.split(separator: 0x0A).enumerated() {
            let at = SourceLocation(file: resultsFile, line: i + 1, column: 1)
            let json: JSONValue
            let conversation: RecordedConversation
            do {
                json = try JSONParser.parse(bytes: Array(line))
                conversation = try .fromResult(json)
            } catch {
                throw .badInput([Diagnostic(at: at, "cannot resume from this line: \(error)")])
            }
            finished.append(try rescorer.score(conversation, packName: json["pack"]?.stringValue, at: at))
        }
        return RunResumption(finished: finished)
    }

    private static func truncate(_ file: String, to length: Int) {
        guard let handle = FileHandle(forWritingAtPath: file) else { return }
        try? handle.truncate(atOffset: UInt64(length))
        try? handle.close()
    }
}
