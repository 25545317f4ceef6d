import ArgumentParser
import ParleyPacks
import ParleyReferenceAgent
import ParleyServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run Parley's servers.",
        subcommands: [ServeAgentCommand.self])
}

struct ServeAgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Serve the reference agent over the OpenAI Chat Completions protocol.",
        discussion: "POST /v1/chat/completions (and /chat/completions); GET /health.")

    @Argument(help: "The pack whose domain the agent serves (the reference agent knows the retail domain).")
    var pack: String = "Scenarios/retail"

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "A deliberate mistake (\(RetailReferenceAgent.Flaw.allCases.map(\.rawValue).joined(separator: ", "))).")
    var flaw: String = "none"

    func run() async throws {
        let loaded = PackLoader.load(pack)
        guard let loadedPack = loaded.pack, loaded.errors.isEmpty else {
            for d in loaded.errors { printError(d.description) }
            throw ExitCode(2)
        }
        guard loadedPack.domain.name == "retail" else {
            printError("the reference agent knows only the retail domain; \(pack) uses '\(loadedPack.domain.name)'")
            throw ExitCode(2)
        }
        guard let flaw = RetailReferenceAgent.Flaw(rawValue: flaw) else {
            printError("--flaw must be one of \(RetailReferenceAgent.Flaw.allCases.map(\.rawValue).joined(separator: ", "))")
            throw ExitCode(2)
        }
        let agent = RetailReferenceAgent(flaw: flaw)
        let router = ChatCompletionsRouter.make(model: "parley-reference") { agent.respond(to: $0) }
        let host = host
        do {
            try await LoopbackServer.run(router, host: host, port: port) { bound in
                FileOutput.standardError.write("parley: reference agent listening on http://\(host):\(bound)/v1 (Ctrl-C to stop)\n")
            }
        } catch {
            printError("could not serve on \(host):\(port): \(error)")
            throw ExitCode(3)
        }
    }
}
