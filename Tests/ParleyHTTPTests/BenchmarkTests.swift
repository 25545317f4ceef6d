import Foundation
import ParleyHTTP
import Testing

/// Throughput against the loopback test server. Off by default; run with
/// `PARLEY_BENCH=1 swift test --filter BenchmarkTests` (add `-c release` for
/// figures that mean something).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["PARLEY_BENCH"] != nil))
struct BenchmarkTests {
    @Test(arguments: [1, 16])
    func requestsPerSecond(concurrency: Int) async throws {
        let client = HTTPClient()
        let requestsPerWorker = 20_000 / concurrency
        try await withTestServer { baseURL in
            let request = HTTPRequest(url: "\(baseURL)/hello")
            _ = try await run(client, request, workers: concurrency, requestsPerWorker: 100)  // warm up
            let cpuBefore = processCPUTime()
            let loopCPUBefore = curlLoopCPUTime()
            let clock = ContinuousClock()
            let start = clock.now
            let completed = try await run(client, request, workers: concurrency, requestsPerWorker: requestsPerWorker)
            let seconds = (clock.now - start) / .seconds(1)
            let processMicroseconds = (processCPUTime() - cpuBefore) * 1_000_000 / Double(completed)
            let loopMicroseconds = (curlLoopCPUTime() - loopCPUBefore) * 1_000_000 / Double(completed)
            print(String(
                format: "concurrency %d: %d requests in %.2f s = %.0f requests/s; CPU per request: %.0f µs process (client + server), %.0f µs curl loop thread",
                concurrency, completed, seconds, Double(completed) / seconds, processMicroseconds, loopMicroseconds))
            #expect(completed == concurrency * requestsPerWorker)
        }
    }

    private func run(_ client: HTTPClient, _ request: HTTPRequest, workers: Int, requestsPerWorker: Int) async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var ok = 0
                    for _ in 0..<requestsPerWorker where try await client.send(request).status == 200 {
                        ok += 1
                    }
                    return ok
                }
            }
            return try await group.reduce(0, +)
        }
    }

    private func processCPUTime() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// CPU seconds used so far by the `parley-curl` threads (Linux only; 0 elsewhere).
    private func curlLoopCPUTime() -> Double {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        var ticks = 0
        for task in tasks {
            guard let name = try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8),
                  name.hasPrefix("parley-curl"),
                  let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                  let afterName = stat.lastIndex(of: ")")
            else { continue }
            // Fields after the command name: state is field 3, utime 14, stime 15.
            let fields = stat[stat.index(after: afterName)...].split(separator: " ")
            ticks += (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
        }
        return Double(ticks) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
