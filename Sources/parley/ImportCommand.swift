import ArgumentParser
import ParleyPacks

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert other benchmarks' data into Parley packs.",
        subcommands: [ImportTau2Command.self])
}

struct ImportTau2Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tau2",
        abstract: "Convert a tau2-bench domain folder (db.json, tasks.json, policy.md) into a Parley YAML pack, losslessly.",
        discussion: "Splits become tags; tau2 fields without a Parley equivalent are kept under each scenario's metadata.tau2.")

    @Argument(help: "A tau2-bench domain folder, e.g. tau2-bench/data/tau2/domains/retail.")
    var folder: String

    @Option(help: "The new pack's folder (must not exist or be empty).")
    var out: String

    func run() throws {
        let loaded = PackLoader.load(folder)
        for d in loaded.errors { printError(d.description) }
        guard let pack = loaded.pack, loaded.errors.isEmpty else { throw ExitCode(2) }
        do {
            try PackWriter.write(pack, sourcePolicy: folder + "/policy.md", sourceDatabase: folder + "/db.json", to: out)
        } catch {
            printError(error.description)
            throw ExitCode(3)
        }
        print("wrote \(pack.scenarios.count) scenario(s) of \(pack.name) to \(out)")
    }
}
