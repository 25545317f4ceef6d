import ParleyCore
import ParleyDomains
import Testing

/// `search_direct_flight` and `search_onestop_flight`.
struct AirlineSearchToolsTests {
    static let hat001 = #"{"flight_number": "HAT001", "origin": "JFK", "destination": "LAX", "status": "available", "scheduled_departure_time_est": "08:00:00", "scheduled_arrival_time_est": "11:00:00", "date": null, "available_seats": {"basic_economy": 2, "economy": 10, "business": 5}, "prices": {"basic_economy": 100, "economy": 200, "business": 500}}"#

    @Test func directFlightsCarryTheDatesSeatsAndPricesAndANullDate() {
        let (outcome, _) = AirlineFixture.call("search_direct_flight", ["origin": "JFK", "destination": "LAX", "date": "2024-05-20"])
        #expect(outcome.output == "[" + Self.hat001 + "]")
    }

    @Test func directFlightsComeInDatabaseOrder() throws {
        let (outcome, _) = AirlineFixture.call("search_direct_flight", ["origin": "LAX", "destination": "SFO", "date": "2024-05-20"])
        let numbers = try JSONParser.parse(outcome.output).arrayValue?.map { $0["flight_number"]?.stringValue }
        #expect(numbers == ["HAT002", "HAT005"])
    }

    @Test(arguments: ["2024-05-21", "2024-05-10", "2024-07-01"])
    func onlyAvailableDatesAreFound(date: String) {
        let (outcome, _) = AirlineFixture.call("search_direct_flight", ["origin": "JFK", "destination": "LAX", "date": .string(date)])
        #expect(outcome.output == "[]")
    }

    @Test func aConnectionLeavesAfterTheFirstFlightLands() throws {
        let (outcome, _) = AirlineFixture.call("search_onestop_flight", ["origin": "JFK", "destination": "SFO", "date": "2024-05-20"])
        let pairs = try #require(JSONParser.parse(outcome.output).arrayValue)
        // HAT005 leaves LAX at 10:00, before HAT001 lands at 11:00.
        #expect(pairs.count == 1)
        #expect(pairs.first?.arrayValue?.map { $0["flight_number"]?.stringValue } == ["HAT001", "HAT002"])
        #expect(pairs.first?.arrayValue?.map { $0["date"]?.stringValue } == ["2024-05-20", "2024-05-20"])
        #expect(outcome.output.hasPrefix("[[" + Self.hat001.replacing(#""date": null"#, with: #""date": "2024-05-20""#) + ", {"))
    }

    @Test func anOvernightArrivalConnectsOnTheNextDayWrittenWithoutPadding() throws {
        let (outcome, _) = AirlineFixture.call("search_onestop_flight", ["origin": "JFK", "destination": "SFO", "date": "2024-05-05"])
        let pairs = try #require(JSONParser.parse(outcome.output).arrayValue)
        #expect(pairs.count == 1)
        let second = try #require(pairs.first?.arrayValue?.last)
        #expect(second["flight_number"] == "HAT004")
        #expect(second["date"] == "2024-05-6")
        // The seats and prices are those of the next day's instance.
        #expect(second["prices"]?["economy"] == 145)
    }

    @Test func aBadDayInTheDateFailsAsPythonsIntDoes() {
        var world = AirlineFixture.world
        world.modifyRecord("flights", "HAT003") { $0.modify("dates") { $0.set("2024-05-0x", to: ["status": "available", "available_seats": ["economy": 1], "prices": ["economy": 1]]) } }
        let (outcome, _) = AirlineFixture.call("search_onestop_flight", ["origin": "JFK", "destination": "SFO", "date": "2024-05-0x"], on: world)
        #expect(outcome.output == "Error: invalid literal for int() with base 10: '0x'")
    }
}
