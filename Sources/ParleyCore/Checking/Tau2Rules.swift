/// tau2-bench's scoring rules, reproduced exactly for scenarios scored in
/// tau2 mode.
public enum Tau2Rules {
    /// DB: the initial state with the trajectory's write calls replayed
    /// equals the gold state (every gold action replayed, failures ignored).
    public static func databaseMatches(initial: World, gold: World, transcript: Transcript, domain: Domain) -> Bool {
        let writes = transcript.toolEntries.filter(\.mutates).compactMap(\.call)
        return GoldReplay.replay(writes, on: initial, in: domain).world == gold
    }

    /// COMMUNICATE: `info` occurs in some agent message, compared lower-case
    /// with commas removed from the message only.
    public static func communicated(_ info: String, in messages: [String]) -> Bool {
        let needle = info.lowercased()
        return messages.contains { $0.lowercased().replacingAll(",", with: "").contains(needle) }
    }

    /// ACTION: a call with the gold action's name whose compared arguments
    /// (all of the gold action's, unless `compareArgs` narrows them) are equal.
    public static func matched(_ action: GoldAction, by calls: [ToolCall]) -> Bool {
        let keys = action.compareArgs ?? Array(action.call.arguments.keys)
        return calls.contains { call in
            call.name == action.call.name && keys.allSatisfy { call.arguments[$0] == action.call.arguments[$0] }
        }
    }
}
