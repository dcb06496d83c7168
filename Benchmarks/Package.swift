// swift-tools-version:6.1
// Microbenchmarks for Gai's hot paths (ordo-one/package-benchmark).
// A package of its own so that the main build never compiles the benchmark tooling.
//
//     cd Benchmarks && swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
    name: "GaiBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "gai", path: ".."),
        // Only the MallocInterposer trait: the default traits also enable RuntimeInterposer,
        // whose dependency (swift-runtime-interposer) is not mirrored here.
        .package(url: "https://github.com/ordo-one/package-benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
    ],
    targets: [
        // Redis round trips as `gai serve` makes them (NIO as the global executor).
        .executableTarget(
            name: "RedisLatency",
            dependencies: [
                .product(name: "GaiLimits", package: "gai"),
                .product(name: "GaiRedis", package: "gai"),
                .product(name: "GaiStorageRedis", package: "gai"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "RedisLatency"
        ),
        .executableTarget(
            name: "GaiBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "GaiCore", package: "gai"),
                .product(name: "GaiOpenAI", package: "gai"),
                .product(name: "GaiTesting", package: "gai"),
                .product(name: "GaiLimits", package: "gai"),
                .product(name: "GaiRedis", package: "gai"),
                .product(name: "GaiStorageRedis", package: "gai"),
                .product(name: "GaiGateway", package: "gai"),
                .product(name: "GaiStorage", package: "gai"),
                .product(name: "GaiTelemetry", package: "gai"),
                .product(name: "GaiTracing", package: "gai"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "GaiBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark"),
            ]
        ),
    ]
)
