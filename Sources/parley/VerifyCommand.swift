import ArgumentParser
import Foundation
import ParleyCore
import ParleyPacks
import ParleyRun

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Replay every scenario's gold actions and report the ones that fail.",
        discussion: "Prints the elapsed wall and CPU time and the peak memory. With --diffs, writes one JSON line per scenario: {\"id\", \"db_diff\", \"errors\"}.")

    @Argument(help: "Packs or tau2-bench folders.")
    var packs: [String] = ["Scenarios/retail"]

    @Option(help: "Only the scenarios of this split (tau2-bench folders) or tag.")
    var split: String?

    @Option(help: "Write each scenario's gold-state diff here, one JSON line per scenario.")
    var diffs: String?

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var lines: [UInt8] = []
        var scenarios = 0
        var actions = 0
        var failed = 0
        for path in packs {
            let loaded = PackLoader.load(path, split: split, replayGold: false)
            for d in loaded.errors { printError(d.description) }
            guard let pack = loaded.pack, loaded.errors.isEmpty else { throw ExitCode(2) }
            let results = GoldVerification.verify(pack)
            for result in results {
                for failure in result.failures {
                    print("\(path): scenario \(result.scenarioID): gold action \(failure.index + 1) (\(failure.name)) failed: \(failure.message)")
                }
                lines += JSONWriter(style: .compact).bytes(result.json) + [0x0A]
            }
            let packFailures = results.reduce(0) { $0 + $1.failures.count }
            let packActions = results.reduce(0) { $0 + $1.actionCount }
            print("\(path): \(results.count) scenario(s), \(packActions) gold action(s), \(packFailures) failed")
            scenarios += results.count
            actions += packActions
            failed += packFailures
        }
        if let diffs {
            do {
                try Data(lines).write(to: URL(fileURLWithPath: diffs))
            } catch {
                printError("cannot write \(diffs): \(error.localizedDescription)")
                throw ExitCode(3)
            }
        }
        let elapsed = clock.now - start
        let usage = ProcessUsage.current()
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "verified %d scenario(s), %d gold action(s), %d failed; wall %.3f s, CPU %.3f s, peak memory %.1f MB",
                     scenarios, actions, failed, wall, usage.cpuSeconds, Double(usage.peakMemoryBytes) / 1_048_576))
    }
}
