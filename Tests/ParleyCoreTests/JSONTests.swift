import Testing
@testable import ParleyCore

struct JSONParserTests {
    @Test func keepsIntegersAndFloatsApart() throws {
        let value = try JSONParser.parse(#"{"a": 250, "b": 250.0, "c": -1.5e3, "d": 0.04999999999999716}"#)
        #expect(value["a"] == .int(250))
        #expect(value["b"] == .double(250))
        #expect(value["a"] != value["b"])
        #expect(value["c"] == .double(-1500))
        #expect(value["d"] == .double(0.04999999999999716))
    }

    @Test func keepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys.elements == ["z", "a", "m"])
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\n", "\u00e9", "\ud83d\ude00"]"#)
        #expect(value == ["a\"b\\c\n", "é", "😀"])
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9),
        ("[1, 2\n, x]", 2, 3),
        (#"{"a" 1}"#, 1, 6),
        ("\"open", 1, 6),
        ("1 2", 1, 3),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let e = error as? JSONSyntaxError else { return false }
            return e.line == line && e.column == column
        }
    }
}

struct JSONWriterTests {
    @Test func writesAsPythonJSONDumps() throws {
        let value: JSONValue = ["b": 1, "a": [1.0, 0.1, "é"], "c": .null, "d": true]
        #expect(value.pythonText == #"{"b": 1, "a": [1.0, 0.1, "\u00e9"], "c": null, "d": true}"#)
    }

    @Test func canonicalFormSortsKeys() {
        let a: JSONValue = ["b": 1, "a": ["y": 2, "x": 1]]
        #expect(JSONWriter(style: .canonical).string(a) == #"{"a":{"x":1,"y":2},"b":1}"#)
    }

    @Test(arguments: [(250.0, "250.0"), (0.04999999999999716, "0.04999999999999716"), (1e16, "1e+16"), (-16.63, "-16.63"), (1e-05, "1e-05"), (9.5e15, "9500000000000000.0"), (-9.5e15, "-9500000000000000.0"), (1.5e16, "1.5e+16")])
    func formatsFloatsLikePython(value: Double, text: String) {
        #expect(JSONWriter.format(value) == text)
    }

    @Test func roundTrips() throws {
        let text = #"{"x":[1,2.5,"s",null,false,{"k":"v"}],"y":{}}"#
        #expect(try JSONParser.parse(text).compactText == text)
    }
}

struct JSONValueTests {
    @Test func equalityAndHashIgnoreKeyOrder() {
        let a: JSONValue = ["x": 1, "y": [1, 2]]
        let b: JSONValue = ["y": [1, 2], "x": 1]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != ["x": 1, "y": [2, 1]])
    }

    @Test func modifyChangesOnlyTheCopy() {
        let original: JSONValue = ["orders": ["#W1": ["status": "pending"]]]
        var copy = original
        copy.modify(at: JSONPointer("/orders/#W1")!) { $0.set("status", to: "cancelled") }
        #expect(original[pointer: JSONPointer("/orders/#W1/status")!] == "pending")
        #expect(copy[pointer: JSONPointer("/orders/#W1/status")!] == "cancelled")
    }

    @Test func pointerEscapes() throws {
        let pointer = try #require(JSONPointer("/a~1b/c~0d"))
        #expect(pointer.tokens == ["a/b", "c~d"])
        #expect(pointer.description == "/a~1b/c~0d")
        #expect(JSONPointer("no-slash") == nil)
    }
}
