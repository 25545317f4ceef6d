import ParleyCore
@testable import ParleyDomains
import Testing

/// How Python and pydantic write values in the messages tau2 returns.
struct AirlinePythonTextTests {
    @Test(arguments: [
        (1200.0, "1200.0"), (0.33, "0.33"), (1e16, "1e+16"), (9.5e15, "9500000000000000.0"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (-2.5, "-2.5"), (1.0715086071862673e301, "1.0715086071862673e+301"),
        (123456789.0, "123456789.0"), (-0.0, "-0.0"),
    ])
    func floatsAreWrittenAsPythonsRepr(value: Double, text: String) {
        #expect(AirlinePython.repr(value) == text)
    }

    @Test(arguments: [
        ("abc", "'abc'"), ("it's", #""it's""#), (#"Ä'""#, #"'Ä\'"'"#), ("a\nb\\", #"'a\nb\\'"#), ("\u{1}", #"'\x01'"#),
    ])
    func stringsAreQuotedAsPythonQuotesThem(value: String, text: String) {
        #expect(AirlinePython.repr(value) == text)
    }

    @Test func containersAreWrittenAsPythonWritesDictsAndLists() {
        let value: JSONValue = ["a": [1, 2.5, true, .null], "b": "x"]
        #expect(AirlinePython.repr(value) == "{'a': [1, 2.5, True, None], 'b': 'x'}")
        #expect(AirlinePython.typeName(value) == "dict")
        #expect(AirlinePython.typeName(.null) == "NoneType")
    }

    @Test func aLongInputIsShortenedToItsEndsOnCharacterBoundaries() {
        let input: JSONObject = ["first_name": #"Ä'""#, "last_name": ["a": [1, 2.5, true, .null]]]
        do {
            _ = try AirlineValidation.validate(input, as: AirlineValidation.passenger, title: "Passenger")
            Issue.record("expected a validation error")
        } catch {
            // The reference text is pydantic's own for this input.
            #expect(error.message == """
                2 validation errors for Passenger
                last_name
                  Input should be a valid string [type=string_type, input_value={'a': [1, 2.5, True, None]}, input_type=dict]
                    For further information visit https://errors.pydantic.dev/2.11/v/string_type
                dob
                  Field required [type=missing, input_value={'first_name': 'Ä\\'"', '...: [1, 2.5, True, None]}}, input_type=dict]
                    For further information visit https://errors.pydantic.dev/2.11/v/missing
                """)
        }
    }

    @Test(arguments: [
        (JSONValue.int(3), JSONValue.int(3)), (.double(3.0), .int(3)), (.string(" 12 "), .int(12)), (.string("12.0"), .int(12)), (.bool(true), .int(1)),
    ])
    func integerFieldsAcceptWhatLaxModeAccepts(input: JSONValue, stored: JSONValue) throws {
        let payment = try AirlineValidation.validate(["payment_id": "p", "amount": input], as: AirlineValidation.payment, title: "Payment")
        #expect(payment["amount"] == stored)
    }

    @Test(arguments: [
        (JSONValue.string("abc"), "int_parsing"), (.double(1e30), "int_parsing_size"), (.null, "int_type"), (.array([1]), "int_type"),
    ])
    func integerFieldsRefuseTheRest(input: JSONValue, type: String) {
        #expect(throws: ToolError.self) {
            try AirlineValidation.validate(["payment_id": "p", "amount": input], as: AirlineValidation.payment, title: "Payment")
        }
        do {
            _ = try AirlineValidation.validate(["payment_id": "p", "amount": input], as: AirlineValidation.payment, title: "Payment")
        } catch {
            #expect(error.message.contains("[type=\(type),"))
        }
    }

    @Test func recordsAreDumpedInTheModelsFieldOrder() {
        let stored: JSONValue = ["price": 120.0, "date": "2024-05-01", "origin": "JFK", "flight_number": "HAT001", "destination": "LAX", "extra": 1]
        #expect(AirlineModels.reservationFlight.dump(stored).pythonText == #"{"flight_number": "HAT001", "origin": "JFK", "destination": "LAX", "date": "2024-05-01", "price": 120}"#)
    }
}
