// swift-tools-version: 6.1
import PackageDescription

/// The pipeline, one module per stage:
/// text (KGText) → mentions, entities and facts (KGExtract) → triples (KGGraph) → writers (KGWriters).
/// KGOntology carries the ontology, SHACL shapes and lexicons as resources; `kgx` is the thin command line.
let package = Package(
    name: "kgx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kgx", targets: ["kgx"]),
        // The pipeline as a library, for packages outside this one (the fuzzing package in Fuzz/).
        .library(name: "KGXPipeline", targets: ["KGText", "KGExtract", "KGGraph", "KGWriters", "KGPipeline", "KGOntology"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "KGOntology",
            path: "Ontology",
            exclude: ["README.md"],
            resources: [
                .copy("ontology.ttl"),
                .copy("shapes.ttl"),
                .copy("lexicons"),
            ]
        ),
        .target(name: "KGGraph"),
        .target(name: "KGText", dependencies: ["CLibXML2"]),
        .target(name: "KGExtract", dependencies: ["KGText", "KGGraph", "KGOntology"]),
        .target(name: "KGWriters", dependencies: ["KGGraph", "CLibXML2"]),
        .target(name: "KGEval", dependencies: ["KGGraph"]),
        .target(name: "KGPipeline", dependencies: ["KGText", "KGExtract", "KGGraph", "KGWriters"]),
        .executableTarget(
            name: "kgx",
            dependencies: [
                "KGPipeline", "KGText", "KGExtract", "KGGraph", "KGWriters", "KGEval", "KGOntology",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "KGTestSupport", path: "Tests/KGTestSupport"),
        .testTarget(name: "KGGraphTests", dependencies: ["KGGraph"]),
        .testTarget(name: "RDFWriterTests", dependencies: ["KGTestSupport", "KGGraph", "KGWriters"], exclude: ["Scripts"]),
        .testTarget(name: "GraphWriterTests", dependencies: ["KGTestSupport", "KGGraph", "KGWriters"], exclude: ["Scripts"]),
        .testTarget(name: "ExtractionTests", dependencies: ["KGTestSupport", "KGText", "KGExtract", "KGGraph", "KGOntology"], exclude: ["Pages"]),
        .testTarget(name: "EvaluationTests", dependencies: ["KGTestSupport", "KGEval", "KGExtract", "KGText", "KGGraph"]),
        .testTarget(
            name: "RobustnessTests",
            dependencies: [
                "KGTestSupport", "KGText", "KGExtract", "KGGraph", "KGWriters",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Scripts", "Regressions"]
        ),
        .testTarget(name: "ExtractionCacheTests", dependencies: ["KGTestSupport", "KGPipeline", "KGExtract", "KGText", "KGGraph", "KGWriters", "KGOntology"]),
        .testTarget(name: "CLITests", dependencies: ["KGTestSupport", "KGGraph", "KGWriters", "KGOntology", "KGPipeline"]),
        // Loads exports/graph.nt into the Oxigraph server and Virtuoso (Scripts/triple_store.py starts and stops them).
        .testTarget(name: "TripleStoreTests", dependencies: ["KGTestSupport"], exclude: ["Scripts"]),
    ]
)
