/// One finished trial: a scenario played once, and its verdict.
public struct TrialResult: Sendable {
    /// The pack the scenario belongs to.
    public var pack: String
    public var scenarioID: String
    public var tags: [String]
    public var trial: Int
    public var seed: UInt64
    public var verdict: Verdict
    public var transcript: Transcript
    public var finalStateHash: String

    public init(pack: String, scenarioID: String, tags: [String], trial: Int, seed: UInt64, verdict: Verdict, transcript: Transcript, finalStateHash: String) {
        self.pack = pack
        self.scenarioID = scenarioID
        self.tags = tags
        self.trial = trial
        self.seed = seed
        self.verdict = verdict
        self.transcript = transcript
        self.finalStateHash = finalStateHash
    }
}

extension TrialResult {
    /// The record written to `results.jsonl`.
    public var json: JSONValue {
        let v = verdict
        var components = JSONObject()
        for c in v.components {
            components[c.component.rawValue] = [
                "score": c.score.map(JSONValue.double) ?? .null, "counts": .bool(c.counts), "reason": c.reason.map(JSONValue.string) ?? .null,
            ]
        }
        return [
            "pack": .string(pack),
            "scenario": .string(scenarioID),
            "tags": .array(tags.map(JSONValue.string)),
            "trial": .int(trial),
            "seed": .string(String(seed)),
            "reward": .double(v.reward),
            "passed": .bool(v.passed),
            "components": .object(components),
            "state_diff": .array(v.stateDiff.map(\.json)),
            "changes": .array(v.changes.map(\.json)),
            "failed_assertions": .array(v.failedAssertions.map(JSONValue.string)),
            "missing_outputs": .array(v.missingOutputs.map(JSONValue.string)),
            "violations": .array(v.violations.map { ["rule": .string($0.rule), "turn": .int($0.turn), "message": .string($0.message)] }),
            "end_reason": .string(transcript.endReason.rawValue),
            "error": transcript.error.map(JSONValue.string) ?? .null,
            "fault": v.fault.map { .string($0.rawValue) } ?? .null,
            "final_state_sha256": .string(finalStateHash),
            "timings": ["duration_ms": .int(transcript.durationMilliseconds), "turns": .int(transcript.turns)],
            "usage": ["prompt_tokens": .int(transcript.promptTokens), "completion_tokens": .int(transcript.completionTokens)],
            "transcript": .array(transcript.entries.map(\.json)),
        ]
    }
}

extension TranscriptEntry {
    public var json: JSONValue {
        var o: JSONObject = ["kind": .string(kind.rawValue), "turn": .int(turn), "at_ms": .int(atMilliseconds)]
        if let call {
            o["tool"] = .string(call.name)
            o["call_id"] = .string(call.id)
            o["arguments"] = .object(call.arguments)
            o["output"] = .string(text)
            o["error"] = .bool(isError)
            o["mutates"] = .bool(mutates)
            if let owner { o["owner"] = .string(owner) }
        } else {
            o["text"] = .string(text)
        }
        return .object(o)
    }
}
