extension ScenarioDecoder {
    static let expectedKeys = ["actions", "outputs", "forbidden", "assertions", "ignore", "nl", "score", "scoring"]
    static let actionKeys = ["name", "arguments", "id", "compare_args", "info"]
    static let forbiddenKeys = ["name", "arguments"]
    static let assertionKeys = ["path", "equals", "absent"]

    static func decodeExpected(_ node: SourceNode, into d: inout [Diagnostic]) -> (expectations: Expectations, actionLocations: [SourceLocation]) {
        guard let reader = MappingReader(node, context: "expected", allowed: expectedKeys, into: &d) else { return (Expectations(), []) }
        var actions: [GoldAction] = []
        var locations: [SourceLocation] = []
        if let list = reader["actions"] {
            for item in MappingReader.sequence(list, field: "expected.actions", into: &d) {
                guard let action = decodeAction(item, into: &d) else { continue }
                actions.append(action)
                locations.append(item.location)
            }
        }
        var forbidden: [ForbiddenCall] = []
        if let list = reader["forbidden"] {
            for item in MappingReader.sequence(list, field: "expected.forbidden", into: &d) {
                if case .scalar(let name, _, _) = item {
                    forbidden.append(ForbiddenCall(name: name))
                } else if let call = decodeCall(item, context: "expected.forbidden[]", allowed: forbiddenKeys, into: &d) {
                    forbidden.append(ForbiddenCall(name: call.name, arguments: call.arguments))
                }
            }
        }
        var assertions: [StateAssertion] = []
        if let list = reader["assertions"] {
            for item in MappingReader.sequence(list, field: "expected.assertions", into: &d) {
                guard let a = MappingReader(item, context: "expected.assertions[]", allowed: assertionKeys, into: &d),
                    let pathNode = a.required("path", into: &d),
                    let path = MappingReader.pointer(pathNode, field: "expected.assertions[].path", into: &d)
                else { continue }
                let absent = a.bool("absent", into: &d) ?? false
                if a["equals"] == nil, !absent {
                    d.append(Diagnostic(at: item.location, "expected.assertions[] needs 'equals: VALUE' or 'absent: true'"))
                }
                assertions.append(StateAssertion(path: path, equals: a["equals"]?.jsonValue, absent: absent))
            }
        }
        let ignore = reader["ignore"].map { list in
            MappingReader.sequence(list, field: "expected.ignore", into: &d).compactMap {
                MappingReader.pointer($0, field: "expected.ignore[]", into: &d)
            }
        } ?? []
        var score: [ScoreComponent]?
        if let node = reader["score"] {
            score = MappingReader.strings(node, field: "expected.score", into: &d).compactMap { name in
                guard let component = ScoreComponent(rawValue: name) else {
                    let names = ScoreComponent.allCases.map(\.rawValue).joined(separator: ", ")
                    d.append(Diagnostic(at: node.location, "unknown score component '\(name)'; expected some of: \(names)"))
                    return nil
                }
                return component
            }
        }
        var scoring = ScoringMode.parley
        if let node = reader["scoring"], let name = MappingReader.string(node, field: "expected.scoring", into: &d) {
            if let mode = ScoringMode(rawValue: name) {
                scoring = mode
            } else {
                d.append(Diagnostic(at: node.location, "expected.scoring must be 'parley' or 'tau2', got '\(name)'"))
            }
        }
        let expectations = Expectations(
            actions: actions, outputs: reader.strings("outputs", into: &d), forbidden: forbidden, assertions: assertions,
            ignore: ignore, nl: reader.strings("nl", into: &d), score: score, scoring: scoring)
        return (expectations, locations)
    }

    private static func decodeAction(_ node: SourceNode, into d: inout [Diagnostic]) -> GoldAction? {
        let context = "expected.actions[]"
        guard let reader = MappingReader(node, context: context, allowed: actionKeys, into: &d),
            let name = reader.string("name", required: true, into: &d)
        else { return nil }
        let arguments = reader["arguments"].flatMap { MappingReader.object($0, field: "\(context).arguments", into: &d) } ?? [:]
        let compareArgs = reader["compare_args"].map { MappingReader.strings($0, field: "\(context).compare_args", into: &d) }
        return GoldAction(ToolCall(id: reader.string("id", into: &d) ?? "", name: name, arguments: arguments),
                          compareArgs: compareArgs, info: reader.string("info", into: &d))
    }

    private static func decodeCall(_ node: SourceNode, context: String, allowed: [String], into d: inout [Diagnostic]) -> (name: String, arguments: JSONObject?)? {
        guard let reader = MappingReader(node, context: context, allowed: allowed, into: &d),
            let name = reader.string("name", required: true, into: &d)
        else { return nil }
        let arguments = reader["arguments"].flatMap { MappingReader.object($0, field: "\(context).arguments", into: &d) }
        return (name, arguments)
    }
}
