/// Tools that several built-in domains offer unchanged (tau2-bench's
/// generic `calculate` and `transfer_to_human_agents`).
enum SharedTools {}
