#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// CPU time and peak memory of this process so far.
public struct ProcessUsage: Sendable {
    public var cpuSeconds: Double
    /// Peak resident set size in bytes.
    public var peakMemoryBytes: Int

    public static func current() -> ProcessUsage {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        #if os(Linux)
        let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        let peak = Int(usage.ru_maxrss)  // bytes on macOS
        #endif
        return ProcessUsage(cpuSeconds: cpu, peakMemoryBytes: peak)
    }
}
