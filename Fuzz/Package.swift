// swift-tools-version: 6.1
import PackageDescription

/// A libFuzzer target over the whole kgx pipeline (article reader → extractor → graph builder →
/// every writer). It lives in its own package so that the main build and CI never compile it;
/// build and run it with `Fuzz/run.sh` (see README.md).
let package = Package(
    name: "KGXFuzz",
    dependencies: [
        .package(name: "kgx", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "KGXFuzz",
            dependencies: [.product(name: "KGXPipeline", package: "kgx")]
        ),
    ]
)
