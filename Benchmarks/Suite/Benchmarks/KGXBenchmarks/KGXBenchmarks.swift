import Benchmark

/// The suite `swift package benchmark` runs: one benchmark per hot path of kgx, each over a fixed,
/// generated input (see `Corpus` and `TripleFile`), each reporting wall time, throughput in its
/// own unit (per wall second and per CPU second, see `Rate`) and malloc counts.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 50
    )
    TextBenchmarks.register()
    LexiconBenchmarks.register()
    ExtractionBenchmarks.register()
    GraphBenchmarks.register()
    CacheBenchmarks.register()
}
