// swift-tools-version: 6.1
import PackageDescription

/// Micro-benchmarks of kgx's hot paths (tokenising, sentence splitting, lexicon matching,
/// resolution, graph building, every writer, the N-Triples reader) with ordo-one/benchmark.
/// It lives in its own package so that the main build and CI never compile it; run it with
/// `swift package benchmark` from this folder (see ../README.md).
let package = Package(
    name: "KGXBenchmarkSuite",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "kgx", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "KGXBenchmarks",
            dependencies: [
                .product(name: "KGXPipeline", package: "kgx"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KGXBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
