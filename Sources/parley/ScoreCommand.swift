import ArgumentParser
import Foundation
import ParleyCore
import ParleyReport
import ParleyRun

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score recorded conversations without running them.",
        discussion: """
            FILE is a results.jsonl from `parley run`, or OpenAI-format conversations: a JSON object \
            {"scenario": ID, "messages": [...], "end_reason": "user_stop"} or one such object per line. \
            Writes one verdict record per conversation (the results.jsonl format) and prints a summary.
            """)

    @Argument(help: "The recorded conversations.")
    var file: String

    @Option(name: .customLong("pack"), help: "A pack the conversations belong to (repeatable; default: the packs in the run.json beside FILE).")
    var packs: [String] = []

    @Option(help: "Write the verdict records here instead of standard output.")
    var out: String?

    func run() throws {
        do {
            let paths = packs.isEmpty ? Rescorer.packPaths(besideResults: file) : packs
            guard !paths.isEmpty else { throw RunError.usage("no pack given: pass --pack PATH (no run.json beside \(file) names one)") }
            let results = try Rescorer(packPaths: paths).score(file: file)
            let lines = results.map { JSONWriter(style: .compact).string($0.json) }.joined(separator: "\n") + "\n"
            if let out {
                do {
                    try lines.write(toFile: out, atomically: true, encoding: .utf8)
                } catch {
                    throw RunError.couldNotRun("cannot write \(out): \(error.localizedDescription)")
                }
            } else {
                print(lines, terminator: "")
            }
            printError(SummaryTable.render(results, summary: Metrics.summarize(results)))
        } catch let error as RunError {
            throw fail(error)
        }
    }
}
