import ParleyCore
import ParleyDomains

/// A small hand-made airline: five flights, two users, two reservations.
/// Records keep db.json's key order (reservation flights start with origin),
/// and one address lacks `address2`, so outputs must be re-shaped as tau2's
/// models write them.
enum AirlineFixture {
    static let world: World = {
        let text = #"""
        {
          "flights": {
            "HAT001": {"origin": "JFK", "destination": "LAX", "flight_number": "HAT001",
              "scheduled_departure_time_est": "08:00:00", "scheduled_arrival_time_est": "11:00:00", "dates": {
                "2024-05-20": {"status": "available", "available_seats": {"basic_economy": 2, "economy": 10, "business": 5}, "prices": {"basic_economy": 100, "economy": 200, "business": 500}},
                "2024-05-21": {"status": "cancelled"},
                "2024-05-10": {"status": "landed", "actual_departure_time_est": "2024-05-10T08:02:00", "actual_arrival_time_est": "2024-05-10T11:05:00"}
            }},
            "HAT002": {"origin": "LAX", "destination": "SFO", "flight_number": "HAT002",
              "scheduled_departure_time_est": "12:00:00", "scheduled_arrival_time_est": "13:30:00", "dates": {
                "2024-05-20": {"status": "available", "available_seats": {"basic_economy": 0, "economy": 3, "business": 4}, "prices": {"basic_economy": 80, "economy": 150, "business": 400}}
            }},
            "HAT003": {"origin": "JFK", "destination": "ORD", "flight_number": "HAT003",
              "scheduled_departure_time_est": "22:00:00", "scheduled_arrival_time_est": "01:30:00+1", "dates": {
                "2024-05-05": {"status": "available", "available_seats": {"basic_economy": 9, "economy": 9, "business": 9}, "prices": {"basic_economy": 60, "economy": 120, "business": 300}}
            }},
            "HAT004": {"origin": "ORD", "destination": "SFO", "flight_number": "HAT004",
              "scheduled_departure_time_est": "06:00:00", "scheduled_arrival_time_est": "08:00:00", "dates": {
                "2024-05-05": {"status": "available", "available_seats": {"basic_economy": 1, "economy": 1, "business": 1}, "prices": {"basic_economy": 70, "economy": 140, "business": 350}},
                "2024-05-6": {"status": "available", "available_seats": {"basic_economy": 4, "economy": 4, "business": 4}, "prices": {"basic_economy": 75, "economy": 145, "business": 355}}
            }},
            "HAT005": {"origin": "LAX", "destination": "SFO", "flight_number": "HAT005",
              "scheduled_departure_time_est": "10:00:00", "scheduled_arrival_time_est": "11:30:00", "dates": {
                "2024-05-20": {"status": "available", "available_seats": {"basic_economy": 5, "economy": 5, "business": 5}, "prices": {"basic_economy": 90, "economy": 160, "business": 410}}
            }}
          },
          "users": {
            "ava_lee_1": {"user_id": "ava_lee_1", "name": {"first_name": "Ava", "last_name": "Lee"},
              "address": {"address1": "1 Main St", "city": "Austin", "country": "USA", "state": "TX", "zip": "78701"},
              "email": "ava@example.com", "dob": "1990-01-01",
              "payment_methods": {
                "credit_card_1": {"source": "credit_card", "id": "credit_card_1", "brand": "visa", "last_four": "1234"},
                "gift_card_1": {"source": "gift_card", "id": "gift_card_1", "amount": 100},
                "certificate_1": {"source": "certificate", "id": "certificate_1", "amount": 150.0}
              },
              "saved_passengers": [{"first_name": "Bo", "last_name": "Lee", "dob": "1992-02-02"}],
              "membership": "gold", "reservations": ["ABC123"]},
            "bo_kim_2": {"user_id": "bo_kim_2", "name": {"first_name": "Bo", "last_name": "Kim"},
              "address": {"address1": "2 Elm St", "address2": "Apt 3", "city": "Boston", "country": "USA", "state": "MA", "zip": "02101"},
              "email": "bo@example.com", "dob": "1985-05-05",
              "payment_methods": {"credit_card_2": {"source": "credit_card", "id": "credit_card_2", "brand": "mastercard", "last_four": "9876"}},
              "saved_passengers": [], "membership": "regular", "reservations": ["XYZ789"]}
          },
          "reservations": {
            "ABC123": {"reservation_id": "ABC123", "user_id": "ava_lee_1", "origin": "JFK", "destination": "SFO",
              "flight_type": "one_way", "cabin": "economy", "flights": [
                {"origin": "JFK", "destination": "LAX", "flight_number": "HAT001", "date": "2024-05-20", "price": 200},
                {"origin": "LAX", "destination": "SFO", "flight_number": "HAT002", "date": "2024-05-20", "price": 150}],
              "passengers": [{"first_name": "Ava", "last_name": "Lee", "dob": "1990-01-01"}],
              "payment_history": [{"payment_id": "gift_card_1", "amount": 350}],
              "created_at": "2024-05-01T10:00:00", "total_baggages": 1, "nonfree_baggages": 0, "insurance": "no"},
            "XYZ789": {"reservation_id": "XYZ789", "user_id": "bo_kim_2", "origin": "JFK", "destination": "LAX",
              "flight_type": "one_way", "cabin": "business", "flights": [
                {"origin": "JFK", "destination": "LAX", "flight_number": "HAT001", "date": "2024-05-20", "price": 450}],
              "passengers": [{"first_name": "Bo", "last_name": "Kim", "dob": "1985-05-05"}, {"first_name": "Al", "last_name": "Kim", "dob": "2010-10-10"}],
              "payment_history": [{"payment_id": "credit_card_2", "amount": 700}, {"payment_id": "credit_card_2", "amount": 200}],
              "created_at": "2024-05-02T09:00:00", "total_baggages": 2, "nonfree_baggages": 1, "insurance": "yes"}
          }
        }
        """#
        return World(try! JSONParser.parse(text))
    }()

    /// Runs one tool call on a copy of the fixture.
    static func call(_ name: String, _ arguments: JSONObject, on start: World = world) -> (outcome: ToolOutcome, world: World) {
        var world = start
        let outcome = AirlineDomain.domain.invoke(ToolCall(name: name, arguments: arguments), in: &world)
        return (outcome, world)
    }

    /// The paths the call changed, sorted.
    static func changedPaths(_ world: World) -> [String] {
        Self.world.diff(to: world).map(\.path.description).sorted()
    }

    static func reservation(_ id: String, in world: World) -> JSONValue? { world.record("reservations", id) }

    static func paymentMethod(_ user: String, _ id: String, in world: World) -> JSONValue? {
        world.record("users", user)?["payment_methods"]?[id]
    }

    static func seats(_ flight: String, _ date: String, in world: World) -> JSONValue? {
        world.record("flights", flight)?["dates"]?[date]?["available_seats"]
    }
}
