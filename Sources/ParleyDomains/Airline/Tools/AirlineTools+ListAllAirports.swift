import ParleyCore

extension AirlineTools {
    /// The airports the airline serves; a fixed list, not read from the data.
    struct ListAllAirports: Tool {
        static let airports: [(iata: String, city: String)] = [
            ("SFO", "San Francisco"), ("JFK", "New York"), ("LAX", "Los Angeles"), ("ORD", "Chicago"),
            ("DFW", "Dallas"), ("DEN", "Denver"), ("SEA", "Seattle"), ("ATL", "Atlanta"), ("MIA", "Miami"),
            ("BOS", "Boston"), ("PHX", "Phoenix"), ("IAH", "Houston"), ("LAS", "Las Vegas"), ("MCO", "Orlando"),
            ("EWR", "Newark"), ("CLT", "Charlotte"), ("MSP", "Minneapolis"), ("DTW", "Detroit"),
            ("PHL", "Philadelphia"), ("LGA", "LaGuardia"),
        ]

        var spec: ToolSpec {
            ToolSpec(
                name: "list_all_airports",
                description: "List every airport served, with its IATA code and city.",
                parameters: [],
                mutates: false)
        }

        func run(_ arguments: ToolArguments, in world: inout World) throws(ToolError) -> ToolResult {
            .json(.array(Self.airports.map { ["iata": .string($0.iata), "city": .string($0.city)] }))
        }
    }
}
