import ParleyCore

/// The built-in `airline` domain: tau2-bench's airline tools over a database
/// with `flights`, `users` and `reservations` tables.
public enum AirlineDomain {
    /// The domain, with its tools and rules.
    ///
    /// The user states their user id (there is no look-up tool), so no tool
    /// authenticates; a call concerns the user it names, or the owner of the
    /// reservation it names.
    public static let domain = Domain(
        name: "airline",
        tools: AirlineTools.all,
        rules: DomainRules(authenticationTools: [], transferTool: "transfer_to_human_agents", owner: owner)
    )

    @Sendable
    static func owner(of call: ToolCall, in world: World) -> String? {
        if let userID = call.arguments["user_id"]?.stringValue { return userID }
        if let reservationID = call.arguments["reservation_id"]?.stringValue {
            return world.record("reservations", reservationID)?["user_id"]?.stringValue
        }
        return nil
    }
}
