import Benchmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Throughput in the unit of the input (characters, triples), which `.throughput` (iterations
/// per second) does not give when one iteration is a whole corpus or a whole graph.
///
/// Each unit has two figures: per second of wall time, and per second of this thread's CPU time.
/// On a shared machine the wall figure moves with the load; the CPU figure (nanosecond thread
/// clock, unlike the 10 ms ticks of `.cpuTotal`) moves much less, so it is the one to compare
/// before and after a change.
struct Rate {
    let wall: BenchmarkMetric
    let cpu: BenchmarkMetric

    init(unit: String) {
        wall = .custom("\(unit)/s", polarity: .prefersLarger, useScalingFactor: false)
        cpu = .custom("\(unit)/CPU-s", polarity: .prefersLarger, useScalingFactor: false)
    }

    static let characters = Rate(unit: "chars")
    static let triples = Rate(unit: "triples")
    static let tokens = Rate(unit: "tokens")
    static let documents = Rate(unit: "documents")

    /// The CPU time this thread has used, in seconds.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension Benchmark {
    /// Runs `work` once and records `units` divided by its wall time and by its CPU time.
    func measure<Result>(_ rate: Rate, units: Int, _ work: () throws -> Result) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Rate.threadCPUTime()
        let result = try work()
        let cpu = Rate.threadCPUTime() - cpuStart
        let wall = (clock.now - start) / .seconds(1)
        if wall > 0 { measurement(rate.wall, Int(Double(units) / wall)) }
        if cpu > 0 { measurement(rate.cpu, Int(Double(units) / cpu)) }
        return result
    }
}

extension Benchmark.Configuration {
    /// The suite's default configuration plus the two throughput figures of `rate`.
    static func reporting(_ rate: Rate) -> Benchmark.Configuration {
        var configuration = Benchmark.defaultConfiguration
        configuration.metrics += [rate.wall, rate.cpu]
        return configuration
    }
}
