#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to a file descriptor, so progress shows as it happens.
struct FileOutput {
    let descriptor: Int32
    static let standardError = FileOutput(descriptor: 2)
    static let standardOutput = FileOutput(descriptor: 1)

    func write(_ string: String) {
        var bytes = Array(string.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    var isTerminal: Bool { isatty(descriptor) == 1 }
}
