import ParleyCore

extension SharedTools {
    /// `transfer_to_human_agents`: hands the conversation to a person. The
    /// state is untouched; the rule checker treats the call as the end of the
    /// agent's part.
    struct TransferToHumanAgents: Tool {
        let spec = ToolSpec(
            name: "transfer_to_human_agents",
            description: "Hand the customer over to a human agent, passing along a short summary of their issue. Only do this when the customer explicitly asks for a human, or when their request cannot be handled with the policy and the tools you have.",
            parameters: [
                ToolParameter("summary", .string, "A brief summary of the customer's issue for the human agent."),
            ],
            mutates: false
        )

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .text("Transfer successful")
        }
    }
}
