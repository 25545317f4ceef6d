/// Collects a response from curl's header and body callbacks.
struct CurlResponseBuilder {
    let maxBodySize: Int
    private var fields: [HTTPHeaders.Field] = []
    private var body: [UInt8] = []
    /// Set when the body outgrew `maxBodySize` and the transfer was aborted.
    private(set) var bodyTooLarge = false

    init(maxBodySize: Int) {
        self.maxBodySize = maxBodySize
    }

    /// Appends body bytes; returns `false` (abort) once the limit would be passed.
    mutating func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= maxBodySize else {
            bodyTooLarge = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one raw header line as curl delivers it, line ending included.
    /// curl also passes status lines and the blank line ending each block.
    mutating func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var line = bytes[...]
        while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            line = line.dropLast()
        }
        guard let first = line.first else { return }
        if line.starts(with: "HTTP/".utf8) {
            // A status line starts a new response (after a 1xx interim one):
            // keep only the final response's fields.
            fields.removeAll()
            return
        }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            // Obsolete line folding: the line continues the previous value.
            guard !fields.isEmpty else { return }
            let continuation = String(decoding: line, as: UTF8.self).trimmingHTTPWhitespace()
            fields[fields.count - 1].value += " " + continuation
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = String(decoding: line[..<colon], as: UTF8.self)
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingHTTPWhitespace()
        fields.append(HTTPHeaders.Field(name: name, value: value))
        // Avoids growing the body buffer step by step.
        if name.equalsIgnoringASCIICase("Content-Length"), let length = Int(value), length > 0 {
            body.reserveCapacity(min(length, maxBodySize))
        }
    }

    /// The response received so far; leaves the builder empty.
    mutating func takeResponse(status: Int) -> HTTPResponse {
        defer { fields = []; body = [] }
        return HTTPResponse(status: status, headers: HTTPHeaders(fields), body: body)
    }
}
