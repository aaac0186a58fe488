// swift-tools-version:6.0
import PackageDescription

/// chatsim: a discrete-event contact-center simulator for Salesforce-style chat support.
///
/// Targets are split by role; dependencies point one way only (see README "Architecture"):
/// the routing engine knows nothing of the simulator, the kernel knows nothing of chat.
///
/// Every target above the contact-center model names all the modules below it, not only those it
/// imports: a module's compiled code depends on the memory layout of the structs it holds, even
/// those of modules it reaches only through another (`RunJob.Outcome` holds a `RunReport` that
/// holds a `ReplicationAggregate`), and incremental builds recompile a module only when a module
/// it depends on directly has changed. Without this, adding a stored property low down leaves
/// stale modules above it and binaries that crash.
let histogram = Target.Dependency.product(name: "Histogram", package: "hdrhistogram-swift")

/// The contact-center model and every module below it.
func below(contactCenter: Bool = true) -> [Target.Dependency] {
    ["CGSL", "Stochastics", "IndexedHeaps", "SimulationKernel", "Routing", "Metrics", histogram]
        + (contactCenter ? ["ContactCenter"] : [])
}

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
        .target(name: "SimulationKernel", dependencies: ["IndexedHeaps"]),
        .target(name: "Routing", dependencies: ["IndexedHeaps"]),
        .target(name: "Metrics", dependencies: ["CGSL", histogram]),
        .target(name: "ContactCenter", dependencies: below(contactCenter: false)),
        .target(name: "ScenarioFiles", dependencies: below() + [.product(name: "Yams", package: "Yams")]),
        .target(name: "Reporting", dependencies: below()),
        .target(name: "Chatsim", dependencies: below() + ["ScenarioFiles", "Reporting"]),
        .executableTarget(
            name: "chatsim",
            dependencies: below() + ["ScenarioFiles", "Reporting", "Chatsim",
                                     .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "chatsim-bench",
            dependencies: below() + [
                "ScenarioFiles", "Reporting",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StochasticsTests", dependencies: ["Stochastics", "CGSL"]),
        .testTarget(name: "IndexedHeapsTests", dependencies: ["IndexedHeaps", "Stochastics", "CGSL"]),
        .testTarget(name: "SimulationKernelTests", dependencies: ["SimulationKernel"]),
        .testTarget(name: "RoutingTests", dependencies: ["Routing", "IndexedHeaps", "Stochastics", "CGSL"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics", "CGSL", histogram]),
        .testTarget(name: "ScenarioFilesTests", dependencies: below() + ["ScenarioFiles"]),
        .testTarget(name: "ContactCenterTests", dependencies: below()),
        .testTarget(name: "ChatsimTests", dependencies: below() + ["ScenarioFiles", "Reporting", "Chatsim", "chatsim"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
