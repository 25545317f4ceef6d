import Hummingbird
import Logging

/// Runs a Hummingbird router on a host and port (port 0: an ephemeral one)
/// and hands the bound port to the caller.
public enum LoopbackServer {
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Serves `router` while `body` runs, passing it the base URL
    /// (`http://HOST:PORT`); the server stops when `body` returns or throws.
    public static func with<Result: Sendable>(
        _ router: Router<BasicRequestContext>, host: String = "127.0.0.1", port: Int = 0,
        _ body: @Sendable (_ baseURL: String) async throws -> Result
    ) async throws -> Result {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "parley"),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { continuation.yield(port) }
                continuation.finish()
            },
            logger: quietLogger(.critical))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { continuation.finish() }
                try await app.run()
            }
            var iterator = ports.makeAsyncIterator()
            guard let bound = await iterator.next() else {
                try await group.next()
                throw StartError(description: "the server on \(host):\(port) stopped before it started listening")
            }
            defer { group.cancelAll() }
            return try await body("http://\(host):\(bound)")
        }
    }

    /// Serves `router` until the task is cancelled, reporting the bound port once.
    public static func run(
        _ router: Router<BasicRequestContext>, host: String, port: Int, onReady: @escaping @Sendable (Int) -> Void
    ) async throws {
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "parley"),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? port) },
            logger: quietLogger())
        try await app.runService()
    }

    /// Cancelling a server on purpose logs an error in Hummingbird; an
    /// ephemeral server hides it, a long-running one keeps warnings.
    static func quietLogger(_ level: Logger.Level = .warning) -> Logger {
        var logger = Logger(label: "parley.server")
        logger.logLevel = level
        return logger
    }
}
