import ParleyHTTP
import Testing

struct CancellationTests {
    let client = HTTPClient()

    @Test func cancellingInFlightRequestThrowsCancelledPromptly() async throws {
        try await withTestServer { baseURL in
            let clock = ContinuousClock()
            let start = clock.now
            let task = Task {
                try await client.send(HTTPRequest(url: "\(baseURL)/slow?ms=10000"))
            }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let result = await task.result
            let elapsed = clock.now - start
            #expect(throws: HTTPClientError.self) { try result.get() }
            #expect((result.failureError as? HTTPClientError)?.kind == .cancelled)
            #expect(elapsed < .seconds(2))
        }
    }

    @Test func alreadyCancelledTaskFailsWithoutSending() async throws {
        try await withTestServer { baseURL in
            let task = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await client.send(HTTPRequest(url: "\(baseURL)/slow?ms=10000"))
            }
            let result = await task.result
            #expect((result.failureError as? HTTPClientError)?.kind == .cancelled)
        }
    }

    /// Cancellation lands at every stage (before submission, queued, in
    /// flight, finished); each request must end exactly once, none may hang.
    @Test func cancellationRacingSubmissionNeverHangs() async throws {
        try await withTestServer { baseURL in
            let outcomes = await withTaskGroup(of: HTTPClientError.Kind?.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        do {
                            _ = try await client.send(HTTPRequest(url: "\(baseURL)/hello"))
                            return nil
                        } catch {
                            return (error as? HTTPClientError)?.kind
                        }
                    }
                }
                group.cancelAll()
                return await group.reduce(into: [HTTPClientError.Kind?]()) { $0.append($1) }
            }
            #expect(outcomes.count == 200)
            #expect(outcomes.allSatisfy { $0 == nil || $0 == .cancelled })
        }
    }

    @Test func clientStillWorksAfterCancellations() async throws {
        try await withTestServer { baseURL in
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask { _ = try? await client.send(HTTPRequest(url: "\(baseURL)/slow?ms=10000")) }
                }
                try? await Task.sleep(for: .milliseconds(100))
                group.cancelAll()
            }
            let response = try await client.send(HTTPRequest(url: "\(baseURL)/hello"))
            #expect(response.bodyText == "hello")
        }
    }
}

extension Result {
    var failureError: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
