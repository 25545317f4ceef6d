import Foundation
import Testing

/// The `parley` executable itself: exit codes and messages, as a user meets them.
@Suite(.serialized, .enabled(if: CommandLine.binaryExists, "the parley executable is not built"))
struct CommandLineTests {
    @Test func badFlagsExitWithTwo() throws {
        let result = try CommandLine.run(["run", "--trials", "many"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--trials"))
        #expect(try CommandLine.run(["run", "--user", "robot"]).status == 2)
    }

    @Test func validateNamesFileLineAndColumnAndExitsWithTwo() throws {
        let dir = Paths.scratch("cli-pack")
        defer { Paths.remove(dir) }
        for name in ["domain.yaml", "policy.md", "db.json"] {
            try FileManager.default.copyItem(atPath: Paths.retailPack + "/" + name, toPath: dir + "/" + name)
        }
        try FileManager.default.createDirectory(atPath: dir + "/scenarios", withIntermediateDirectories: true)
        try "id: x\nuser:\n  instructions: hi\n  scrpt: {opening: hi}\n".write(toFile: dir + "/scenarios/x.yaml", atomically: true, encoding: .utf8)
        let result = try CommandLine.run(["validate", dir])
        #expect(result.status == 2)
        #expect(result.stdout.contains("x.yaml:4:3: error: unknown key 'scrpt' in user"))
    }

    @Test func aFlawedAgentBelowFailUnderExitsWithOne() throws {
        let out = Paths.scratch("cli-run")
        defer { Paths.remove(out) }
        let result = try CommandLine.run(["run", Paths.retailPack, "--flaw", "skips-confirmation", "--filter", "cancel_*", "--fail-under", "0.9", "--out", out])
        #expect(result.status == 1)
        #expect(result.stdout.contains("confirm-before-write"))
        #expect(result.stderr.contains("below --fail-under 0.9"))
        #expect(FileManager.default.fileExists(atPath: out + "/summary.json"))
    }

    @Test func anUnreachableAgentExitsWithThree() throws {
        let out = Paths.scratch("cli-unreachable")
        defer { Paths.remove(out) }
        let result = try CommandLine.run(["run", Paths.retailPack, "--agent", "http://127.0.0.1:9/v1", "--retries", "0", "--filter", "order_status", "--out", out])
        #expect(result.status == 3)
        #expect(result.stderr.contains("could not be reached"))
    }
}

extension CommandLine {
    static let binary = Paths.repository.appendingPathComponent(".build/debug/parley").path
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Runs the built `parley` with `arguments` from the repository root.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Paths.repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
