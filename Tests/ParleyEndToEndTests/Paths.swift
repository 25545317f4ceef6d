import Foundation

/// Locations in the repository, found from this file's path.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let retailPack = repository.appendingPathComponent("Scenarios/retail").path

    /// A fresh, empty folder under the system's temporary folder.
    static func scratch(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a scratch folder made by `scratch(_:)`.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func lines(_ file: String) -> [String] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}
