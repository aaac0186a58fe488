// swift-tools-version:6.0
import PackageDescription

/// chatsim: a discrete-event contact-center simulator for Salesforce-style chat support.
///
/// Targets are split by role; dependencies point one way only (see README "Architecture"):
/// the routing engine knows nothing of the simulator, the kernel knows nothing of chat.
let package = Package(
    name: "chatsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chatsim", targets: ["chatsim"]),
        .executable(name: "chatsim-bench", targets: ["chatsim-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "Stochastics", dependencies: ["CGSL"]),
        .target(name: "IndexedHeaps"),
        .target(name: "SimulationKernel"),
        .target(name: "Routing", dependencies: ["IndexedHeaps"]),
        .target(name: "Metrics", dependencies: ["CGSL", .product(name: "Histogram", package: "hdrhistogram-swift")]),
        .target(
            name: "ContactCenter",
            dependencies: ["Stochastics", "SimulationKernel", "Routing", "Metrics"]
        ),
        .target(
            name: "ScenarioFiles",
            dependencies: ["ContactCenter", "Routing", "Stochastics", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "Reporting", dependencies: ["ContactCenter", "Metrics"]),
        .target(
            name: "Chatsim",
            dependencies: ["ContactCenter", "ScenarioFiles", "Metrics", "Reporting", "SimulationKernel"]
        ),
        .executableTarget(
            name: "chatsim",
            dependencies: ["Chatsim", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "chatsim-bench",
            dependencies: [
                "ContactCenter", "ScenarioFiles", "Stochastics", "Metrics", "SimulationKernel", "Routing",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StochasticsTests", dependencies: ["Stochastics", "CGSL"]),
        .testTarget(name: "IndexedHeapsTests", dependencies: ["IndexedHeaps", "Stochastics"]),
        .testTarget(name: "SimulationKernelTests", dependencies: ["SimulationKernel"]),
        .testTarget(name: "RoutingTests", dependencies: ["Routing", "Stochastics"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics"]),
        .testTarget(name: "ScenarioFilesTests", dependencies: ["ScenarioFiles", "ContactCenter", "Routing"]),
        .testTarget(name: "ContactCenterTests", dependencies: ["ContactCenter", "Metrics", "Stochastics"]),
        .testTarget(name: "ChatsimTests", dependencies: ["Chatsim", "chatsim", "ScenarioFiles", "ContactCenter", "Metrics", "Reporting", "Stochastics"]),
    ],
    swiftLanguageModes: [.v6]
)
