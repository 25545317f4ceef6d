import Foundation
import ParleyCore

/// A run's folder: `run.json`, `results.jsonl` (one line per finished trial,
/// appended and flushed as it finishes, so a killed run loses nothing) and
/// `summary.json`.
public actor RunDirectory {
    public nonisolated let path: String
    private let results: FileHandle

    /// Creates the folder (and parents) and opens `results.jsonl` for appending.
    public init(path: String) throws(ReportError) {
        self.path = path
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ReportError("cannot create the run folder \(path): \(error.localizedDescription)")
        }
        let resultsPath = (path as NSString).appendingPathComponent("results.jsonl")
        if !fm.fileExists(atPath: resultsPath) { fm.createFile(atPath: resultsPath, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: resultsPath) else {
            throw ReportError("cannot open \(resultsPath) for writing")
        }
        handle.seekToEndOfFile()
        self.results = handle
    }

    /// Appends one trial's record and flushes it to disk.
    public func append(_ result: TrialResult) throws(ReportError) {
        var line = JSONWriter(style: .compact).bytes(result.json)
        line.append(0x0A)
        do {
            try results.write(contentsOf: Data(line))
            try results.synchronize()
        } catch {
            throw ReportError("cannot append to \(path)/results.jsonl: \(error.localizedDescription)")
        }
    }

    /// Writes `name` (e.g. `run.json`) in the folder, replacing it atomically.
    public func write(_ value: JSONValue, to name: String) throws(ReportError) {
        try Self.write(value, to: (path as NSString).appendingPathComponent(name))
    }

    public func close() {
        try? results.close()
    }

    static func write(_ value: JSONValue, to file: String) throws(ReportError) {
        var bytes = JSONWriter(style: .pretty).bytes(value)
        bytes.append(0x0A)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw ReportError("cannot write \(file): \(error.localizedDescription)")
        }
    }

    /// A new folder name under `root`: a timestamp, unique within the second.
    public static func freshPath(under root: String, now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = (root as NSString).appendingPathComponent(formatter.string(from: now))
        var candidate = stem
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(stem)-\(n)"
            n += 1
        }
        return candidate
    }
}

/// A report could not be written.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
