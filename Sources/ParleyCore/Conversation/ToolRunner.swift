import Synchronization

/// Runs an agent's tool calls against one conversation's World and records
/// them. Shared by reference because the calls may come from another task
/// (a tool server), hence the lock.
public final class ToolRunner: Sendable {
    struct State {
        var world: World
        var entries: [TranscriptEntry] = []
        var turn = 0
        var errors = 0
        var transferred = false
    }

    public let domain: Domain
    private let clock: ContinuousClock.Instant
    private let state: Mutex<State>

    public init(domain: Domain, world: World, startedAt: ContinuousClock.Instant = .now) {
        self.domain = domain
        self.clock = startedAt
        self.state = Mutex(State(world: world))
    }

    /// Runs `call`, records it, and returns the text the agent receives.
    @discardableResult
    public func run(_ call: ToolCall) -> ToolOutcome {
        let at = milliseconds(since: clock)
        return state.withLock { s in
            let owner = domain.rules.owner(call, s.world)
            let outcome = domain.invoke(call, in: &s.world)
            if outcome.isError { s.errors += 1 }
            if !outcome.isError, call.name == domain.rules.transferTool { s.transferred = true }
            s.entries.append(TranscriptEntry(
                kind: .tool, turn: s.turn, text: outcome.output, call: call, isError: outcome.isError,
                mutates: outcome.mutates, owner: owner, atMilliseconds: at))
            return outcome
        }
    }

    public var world: World { state.withLock { $0.world } }
    public var toolErrors: Int { state.withLock { $0.errors } }
    public var transferred: Bool { state.withLock { $0.transferred } }
    var entries: [TranscriptEntry] { state.withLock { $0.entries } }

    func record(_ kind: TranscriptEntry.Kind, _ text: String, turn: Int) {
        let at = milliseconds(since: clock)
        state.withLock { s in
            s.turn = turn
            s.entries.append(TranscriptEntry(kind: kind, turn: turn, text: text, atMilliseconds: at))
        }
    }
}

func milliseconds(since start: ContinuousClock.Instant) -> Int {
    let elapsed = ContinuousClock.now - start
    return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
}
