import ArgumentParser

@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Evaluate customer-service agents through simulated users.",
        discussion: """
            A simulated user talks to an agent over HTTP; the agent calls the domain's tools, \
            which read and change a database; a policy checker scores each conversation.
            Exit codes: 0 done, 1 below --fail-under, 2 bad usage or input files, 3 the run could not be carried out.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ValidateCommand.self, VerifyCommand.self, ImportCommand.self, ScoreCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    /// Runs the command, turning ArgumentParser's usage errors (exit 64) into
    /// Parley's exit code 2 for bad usage.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            printError(fullMessage(for: error))
            exit(withError: ExitCode(2))
        }
    }
}
