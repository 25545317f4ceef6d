import Foundation
import Testing
@testable import ParleyCore

/// The JSON Schema for editors (Docs/schema/scenario.schema.json) names the
/// same keys the decoder accepts.
struct ScenarioSchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/schema/scenario.schema.json").path

    func keys(_ schema: JSONValue?) -> Set<String> { Set(schema?["properties"]?.objectValue?.keys ?? []) }

    @Test func schemaKeysMatchTheDecoder() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.schemaPath))
        let scenario = try #require(try JSONParser.parse(bytes: Array(data))["$defs"]?["scenario"])
        let user = scenario["properties"]?["user"]
        let script = user?["properties"]?["script"]
        let expected = scenario["properties"]?["expected"]
        #expect(keys(scenario) == Set(ScenarioDecoder.scenarioKeys))
        #expect(keys(user) == Set(ScenarioDecoder.userKeys))
        #expect(keys(script) == Set(ScenarioDecoder.scriptKeys))
        #expect(keys(script?["properties"]?["answers"]?["items"]) == Set(ScenarioDecoder.answerKeys))
        #expect(keys(expected) == Set(ScenarioDecoder.expectedKeys))
        #expect(keys(expected?["properties"]?["actions"]?["items"]) == Set(ScenarioDecoder.actionKeys))
        #expect(keys(expected?["properties"]?["assertions"]?["items"]) == Set(ScenarioDecoder.assertionKeys))
        #expect(keys(scenario["properties"]?["limits"]) == Set(ScenarioDecoder.limitsKeys))
        let components = expected?["properties"]?["score"]?["items"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        #expect(Set(components ?? []) == Set(ScoreComponent.allCases.map(\.rawValue)))
    }
}
