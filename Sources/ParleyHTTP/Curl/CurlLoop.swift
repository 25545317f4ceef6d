import CCurl
import Foundation
import Synchronization

/// Runs every transfer of one ``HTTPClient`` on a single dedicated thread
/// around one curl multi handle, whose connection cache gives keep-alive
/// reuse across requests.
///
/// Callers never touch the multi handle: they post commands to the inbox and
/// wake the thread with `curl_multi_wakeup`, so no caller blocks, and the
/// cooperative thread pool never waits on I/O.
///
/// `@unchecked Sendable`: `running` and the multi handle are touched only on
/// the curl loop thread; the one exception, `curl_multi_wakeup`, is documented
/// as callable from any thread. The inbox is a `Mutex`.
final class CurlLoop: @unchecked Sendable {
    private enum Command {
        case start(CurlTransfer, CurlTransfer.Continuation)
        case cancel(CurlTransfer)
    }

    private struct Inbox {
        var commands: [Command] = []
        var isShuttingDown = false
    }

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    /// Transfers added to the multi handle, by easy handle. Holding them here
    /// keeps each alive while curl may call its callbacks.
    private var running: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init(configuration: HTTPClientConfiguration) {
        precondition(
            curlGlobalInitResult == CURLE_OK,
            "curl_global_init failed: \(String(cString: curl_easy_strerror(curlGlobalInitResult)))")
        guard let multi = curl_multi_init() else {
            fatalError("curl_multi_init failed: out of memory")
        }
        self.multi = multi
        if configuration.maxConnectionsPerHost > 0 {
            _ = parley_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, configuration.maxConnectionsPerHost)
        }
        if configuration.maxIdleConnections > 0 {
            _ = parley_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, configuration.maxIdleConnections)
        }
        // The thread holds the loop until it exits, so the multi handle
        // outlives every transfer on it.
        let thread = Thread { [self] in
            // Named from inside: on Linux a name set before start is not applied.
            Thread.current.name = "parley-curl"
            run()
        }
        thread.start()
    }

    deinit {
        curl_multi_cleanup(multi)
    }

    // MARK: - Any thread

    /// Hands a configured transfer to the loop; `continuation` is resumed from
    /// the loop thread with the response or an ``HTTPClientError``.
    func submit(_ transfer: CurlTransfer, continuation: CurlTransfer.Continuation) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.isShuttingDown else { return false }
            inbox.commands.append(.start(transfer, continuation))
            return true
        }
        if accepted {
            curl_multi_wakeup(multi)
        } else {
            continuation.resume(throwing: HTTPClientError.shutdown(url: transfer.url))
        }
    }

    /// Asks the loop to stop `transfer`. It may not have been submitted yet:
    /// the transfer's state remembers the cancellation for when it is.
    func cancel(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.isShuttingDown else { return false }
            inbox.commands.append(.cancel(transfer))
            return true
        }
        if accepted {
            curl_multi_wakeup(multi)
        }
    }

    /// Fails every unfinished transfer with ``HTTPClientError/Kind/shutdown``
    /// and lets the thread exit. Idempotent; does not wait for the thread.
    func shutdown() {
        inbox.withLock { $0.isShuttingDown = true }
        curl_multi_wakeup(multi)
    }

    // MARK: - Loop thread

    private func run() {
        var commands: [Command] = []
        var stillRunning: Int32 = 0
        var isShuttingDown = false
        while !isShuttingDown {
            isShuttingDown = inbox.withLock { inbox in
                swap(&commands, &inbox.commands)
                return inbox.isShuttingDown
            }
            for command in commands {
                handle(command, isShuttingDown: isShuttingDown)
            }
            commands.removeAll(keepingCapacity: true)
            if isShuttingDown { break }

            curl_multi_perform(multi, &stillRunning)
            finishCompletedTransfers()
            // Returns on socket activity, curl's next internal timeout,
            // curl_multi_wakeup, or after the given milliseconds.
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
        for (easy, transfer) in running {
            curl_multi_remove_handle(multi, easy)
            transfer.fail(.shutdown(url: transfer.url))
        }
        running.removeAll()
    }

    private func handle(_ command: Command, isShuttingDown: Bool) {
        switch command {
        case .start(let transfer, let continuation):
            transfer.attach(continuation)
            if isShuttingDown {
                transfer.fail(.shutdown(url: transfer.url))
            } else if transfer.state == .cancelled {
                transfer.fail(.cancelled(url: transfer.url))
            } else {
                let code = curl_multi_add_handle(multi, transfer.easy)
                guard code == CURLM_OK else {
                    let detail = String(cString: curl_multi_strerror(code))
                    transfer.fail(HTTPClientError(
                        kind: .transport, url: transfer.url,
                        message: "request to \(transfer.url) failed: \(detail)"))
                    return
                }
                transfer.state = .running
                running[transfer.easy] = transfer
            }
        case .cancel(let transfer):
            switch transfer.state {
            case .created:
                transfer.state = .cancelled
            case .running:
                curl_multi_remove_handle(multi, transfer.easy)
                running[transfer.easy] = nil
                transfer.fail(.cancelled(url: transfer.url))
            case .cancelled, .finished:
                break
            }
        }
    }

    private func finishCompletedTransfers() {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            // The message is freed by curl_multi_remove_handle: copy the result first.
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, easy)
            running.removeValue(forKey: easy)?.complete(with: code)
        }
    }
}
