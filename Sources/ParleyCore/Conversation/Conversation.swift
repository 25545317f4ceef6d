/// Bounds that apply when a scenario sets none.
public struct ConversationSettings: Sendable {
    /// The most user messages in one conversation.
    public var maxTurns: Int
    /// The most failed tool calls before the conversation is stopped.
    public var maxToolErrors: Int

    public init(maxTurns: Int = 30, maxToolErrors: Int = 5) {
        self.maxTurns = maxTurns
        self.maxToolErrors = maxToolErrors
    }
}

/// The conversation loop: the user speaks, the agent answers (calling tools
/// on the conversation's own World), until someone stops or a limit is hit.
/// No I/O of its own: the user and the agent sit behind protocols.
public struct Conversation: Sendable {
    public var domain: Domain
    public var policy: String
    public var settings: ConversationSettings

    public init(domain: Domain, policy: String, settings: ConversationSettings = .init()) {
        self.domain = domain
        self.policy = policy
        self.settings = settings
    }

    /// Runs one conversation and returns its transcript and the final World.
    public func run(scenario: Scenario, initialWorld: World, user simulator: any UserSimulator,
                    agent connector: any AgentConnector, seed: UInt64) async -> (transcript: Transcript, world: World)
    {
        let start = ContinuousClock.now
        let tools = ToolRunner(domain: domain, world: initialWorld, startedAt: start)
        let maxTurns = scenario.limits.maxTurns ?? settings.maxTurns
        let maxToolErrors = scenario.limits.maxToolErrors ?? settings.maxToolErrors
        var turns = 0
        var promptTokens = 0
        var completionTokens = 0

        func finish(_ reason: EndReason, _ error: String? = nil) -> (Transcript, World) {
            let transcript = Transcript(
                entries: tools.entries, endReason: reason, error: error, turns: turns,
                durationMilliseconds: milliseconds(since: start), promptTokens: promptTokens, completionTokens: completionTokens)
            return (transcript, tools.world)
        }

        var user: any SimulatedUser
        var agent: any AgentConversation
        var said: UserTurn
        do {
            user = try simulator.makeUser(for: scenario, seed: seed)
            said = try await user.opening()
        } catch {
            return finish(error.isInfrastructure ? .infrastructureError : .userError, error.message)
        }
        do {
            agent = try await connector.startConversation(
                AgentContext(scenarioID: scenario.id, policy: policy, tools: domain.specs, seed: seed))
        } catch {
            return finish(error.isInfrastructure ? .infrastructureError : .agentError, error.message)
        }

        while true {
            turns += 1
            tools.record(.user, said.text, turn: turns)
            if let stop = said.stop {
                await agent.finish()
                switch stop {
                case .done: return finish(.userStop)
                case .transferred: return finish(.agentTransfer)
                case .outOfScope: return finish(.userOutOfScope)
                }
            }
            if turns > maxTurns {
                await agent.finish()
                return finish(.maxTurns, "the conversation reached \(maxTurns) user turns without ending")
            }
            if Task.isCancelled {
                await agent.finish()
                return finish(.infrastructureError, "the run was cancelled")
            }
            let reply: AgentReply
            do {
                reply = try await agent.reply(to: said.text, tools: tools)
            } catch {
                await agent.finish()
                return finish(error.isInfrastructure ? .infrastructureError : .agentError, error.message)
            }
            promptTokens += reply.promptTokens
            completionTokens += reply.completionTokens
            tools.record(.agent, reply.text, turn: turns)
            if tools.toolErrors > maxToolErrors {
                await agent.finish()
                return finish(.tooManyToolErrors, "\(tools.toolErrors) tool calls failed (the limit is \(maxToolErrors))")
            }
            if tools.transferred {
                await agent.finish()
                return finish(.agentTransfer)
            }
            do {
                said = try await user.reply(to: reply.text)
            } catch {
                await agent.finish()
                return finish(error.isInfrastructure ? .infrastructureError : .userError, error.message)
            }
        }
    }
}
