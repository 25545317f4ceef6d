import ArgumentParser
import ParleyCore
import ParleyPacks

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check packs: every problem in every file, with file, line and column.",
        discussion: "Checks the YAML/JSON shape, unknown keys, tools and arguments, setup paths, and replays every gold action.")

    @Argument(help: "Pack folders to check.")
    var packs: [String] = ["Scenarios/retail"]

    @Option(help: "Only the scenarios of this split (tau2-bench folders) or tag.")
    var split: String?

    func run() throws {
        var errors = 0
        var warnings = 0
        for path in packs {
            let result = PackLoader.load(path, split: split)
            for diagnostic in result.diagnostics { print(diagnostic) }
            errors += result.errors.count
            warnings += result.diagnostics.count - result.errors.count
            if let pack = result.pack {
                print("\(path): \(pack.scenarios.count) scenario(s) valid (domain \(pack.domain.name), \(pack.domain.tools.count) tools)")
            }
        }
        print("\(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(2) }
    }
}
