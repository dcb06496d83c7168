// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "gai",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gai", targets: ["gai"]),
        .library(name: "GaiCore", targets: ["GaiCore"]),
        .library(name: "GaiGateway", targets: ["GaiGateway"]),
        .library(name: "GaiTelemetry", targets: ["GaiTelemetry"]),
        .library(name: "GaiTracing", targets: ["GaiTracing"]),
        .library(name: "GaiOpenAI", targets: ["GaiOpenAI"]),
        .library(name: "GaiTesting", targets: ["GaiTesting"]),
        .library(name: "GaiLimits", targets: ["GaiLimits"]),
        .library(name: "GaiStorage", targets: ["GaiStorage"]),
        .library(name: "GaiRedis", targets: ["GaiRedis"]),
        .library(name: "GaiStorageRedis", targets: ["GaiStorageRedis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms.git", from: "1.0.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        // OTLP/HTTP only: the default traits pull in gRPC and add minutes to a cold build.
        .package(url: "https://github.com/swift-otel/swift-otel.git", from: "1.6.0", traits: ["OTLPHTTP"]),
    ],
    targets: [
        // Layer 0: the unified schema, the error taxonomy and the provider contract. No I/O.
        .target(name: "GaiCore", dependencies: [
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Layer 1: incremental Server-Sent Events parsing and encoding.
        .target(name: "GaiSSE", dependencies: [
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Layer 2: the upstream HTTP transport and upstream error classification.
        .target(name: "GaiProviderKit", dependencies: [
            "GaiCore", "GaiSSE",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Layer 2: the price table (bundled, derived from LiteLLM's) and cost arithmetic.
        .target(name: "GaiPricing", dependencies: ["GaiCore"]),
        // Layer 2: the model registry, retries, budgets, circuit breakers, fallback and balancing.
        .target(name: "GaiRouting", dependencies: ["GaiCore", .product(name: "NIOCore", package: "swift-nio")]),
        // Layer 2: rate-limit algorithms (token bucket, fixed window, sliding window, GCRA) over a
        // counter-store protocol, with the in-memory store.
        .target(name: "GaiLimits", dependencies: ["GaiCore"]),
        // Layer 2: our own small Redis (RESP) client on SwiftNIO, kept apart so a maintained
        // client can replace it.
        .target(name: "GaiRedis", dependencies: [
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Layer 3: Redis-backed stores (rate-limit counters via Lua) over our RESP client.
        .target(name: "GaiStorageRedis", dependencies: [
            "GaiCore", "GaiLimits", "GaiRedis", "GaiStorage",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Layer 2: store protocols (dead-letter queue, idempotency records) and in-memory stores.
        .target(name: "GaiStorage", dependencies: [
            "GaiCore",
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Layer 3: SQLite-backed stores (the embedded default for durable data).
        .target(name: "GaiStorageSQLite", dependencies: [
            "GaiCore", "GaiStorage", "GaiTelemetry",
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Layer 3: PostgreSQL-backed stores (keys, ledger, dead letters, rate limits via PL/pgSQL).
        .target(name: "GaiStoragePostgres", dependencies: [
            "GaiCore", "GaiStorage", "GaiLimits", "GaiTelemetry",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Layer 2: logging backend (JSON lines, written off the request path).
        .target(name: "GaiTelemetry", dependencies: [
            "GaiCore",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Layer 3: the gateway's own lean tracer (swift-distributed-tracing API) and its OTLP/HTTP
        // protobuf exporter over the upstream transport.
        .target(name: "GaiTracing", dependencies: [
            "GaiCore", "GaiProviderKit",
            .product(name: "Tracing", package: "swift-distributed-tracing"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // Layer 3: adapters. OpenAI-compatible vendors are configuration of this one.
        .target(name: "GaiOpenAI", dependencies: ["GaiCore", "GaiSSE", "GaiProviderKit"]),
        // Layer 1: Codable mirrors of the Anthropic Messages API wire format, shared by the
        // outbound adapter and the inbound `/v1/messages` translation.
        .target(name: "GaiAnthropicWire", dependencies: ["GaiCore"]),
        // Layer 3: native Anthropic Messages API adapter.
        .target(name: "GaiAnthropic", dependencies: ["GaiCore", "GaiSSE", "GaiProviderKit", "GaiAnthropicWire"]),
        // Layer 3: the inbound Anthropic Messages API translated to and from the unified schema.
        .target(name: "GaiMessagesAPI", dependencies: [
            "GaiCore", "GaiSSE", "GaiAnthropicWire",
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Layer 3: native Google Gemini API adapter.
        .target(name: "GaiGemini", dependencies: ["GaiCore", "GaiSSE", "GaiProviderKit"]),
        // Layer 3: the built-in deterministic mock provider.
        .target(name: "GaiMock", dependencies: ["GaiCore", .product(name: "NIOCore", package: "swift-nio")]),
        // Layer 3: the HTTP surface.
        .target(name: "GaiGateway", dependencies: [
            "GaiCore", "GaiSSE", "GaiRouting", "GaiProviderKit", "GaiMessagesAPI", "GaiStorage", "GaiLimits", "GaiTelemetry", "GaiTracing",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
        ]),
        // Layer 4: configuration loading and the CLI.
        .target(name: "GaiConfig", dependencies: [
            "GaiCore", "GaiRouting", "GaiMock",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Configuration", package: "swift-configuration"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "gai", dependencies: [
            "GaiCore", "GaiGateway", "GaiOpenAI", "GaiAnthropic", "GaiGemini", "GaiMock", "GaiProviderKit", "GaiRouting",
            "GaiConfig", "GaiTelemetry", "GaiStorage", "GaiStorageSQLite", "GaiStoragePostgres", "GaiPricing", "GaiLimits", "GaiRedis",
            "GaiStorageRedis", "GaiTracing",
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Tracing", package: "swift-distributed-tracing"),
            .product(name: "OTel", package: "swift-otel"),
        ]),
        // Test support shared by the real-server test targets: reserved loopback ports.
        .target(name: "GaiServerTesting"),
        // Test support: a real redis-server on a free loopback port, for the Redis test targets.
        .target(name: "GaiRedisTesting", dependencies: [
            "GaiRedis", "GaiServerTesting",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Test support: a real PostgreSQL on a free loopback port, for the PostgreSQL test target.
        .target(name: "GaiPostgresTesting", dependencies: [
            "GaiServerTesting",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Test support: mock transport, fixture loading, fake upstream.
        .target(name: "GaiTesting", dependencies: [
            "GaiCore", "GaiProviderKit",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "GaiCoreTests", dependencies: ["GaiCore", "GaiTesting"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GaiSSETests", dependencies: ["GaiSSE"]),
        .testTarget(name: "GaiOpenAITests", dependencies: ["GaiOpenAI", "GaiTesting"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GaiRoutingTests", dependencies: ["GaiRouting", "GaiCore", .product(name: "NIOCore", package: "swift-nio")]),
        .testTarget(name: "GaiPricingTests", dependencies: ["GaiPricing", "GaiCore"]),
        .testTarget(name: "GaiLimitsTests", dependencies: ["GaiLimits", "GaiCore"]),
        .testTarget(name: "GaiStorageRedisTests", dependencies: [
            "GaiStorageRedis", "GaiRedis", "GaiRedisTesting", "GaiLimits", "GaiCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "GaiRedisTests", dependencies: [
            "GaiRedis", "GaiRedisTesting", "GaiServerTesting",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "GaiStorageTests", dependencies: ["GaiStorage", "GaiCore", .product(name: "NIOCore", package: "swift-nio")]),
        .testTarget(name: "GaiStorageSQLiteTests", dependencies: [
            "GaiStorageSQLite", "GaiStorage", "GaiCore", "GaiTelemetry", .product(name: "SQLiteNIO", package: "sqlite-nio"),
        ]),
        // Real-PostgreSQL tests of the PostgreSQL stores.
        .testTarget(name: "GaiStoragePostgresTests", dependencies: [
            "GaiStoragePostgres", "GaiPostgresTesting", "GaiServerTesting", "GaiStorage", "GaiLimits", "GaiCore", "GaiTelemetry",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "GaiMockTests", dependencies: ["GaiMock", "GaiCore"]),
        .testTarget(
            name: "GaiAnthropicTests",
            dependencies: ["GaiAnthropic", "GaiCore", "GaiProviderKit", "GaiTesting", .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "GaiGeminiTests",
            dependencies: ["GaiGemini", "GaiCore", "GaiProviderKit", "GaiTesting", .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "GaiMessagesAPITests",
            dependencies: ["GaiMessagesAPI", "GaiAnthropicWire", "GaiCore", "GaiTesting", .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "GaiConfigTests", dependencies: ["GaiConfig"]),
        .testTarget(name: "GaiTelemetryTests", dependencies: ["GaiTelemetry", "GaiCore"]),
        .testTarget(name: "GaiTracingTests", dependencies: [
            "GaiTracing", "GaiProviderKit", "GaiTesting", "GaiCore",
            .product(name: "Tracing", package: "swift-distributed-tracing"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "GaiProviderKitTests", dependencies: [
            "GaiProviderKit", "GaiCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(
            name: "GaiGatewayTests",
            dependencies: [
                "GaiGateway", "GaiOpenAI", "GaiAnthropic", "GaiGemini", "GaiMock", "GaiProviderKit", "GaiTesting", "GaiRouting",
                "GaiCore", "GaiStorage", "GaiLimits", "GaiTelemetry", "GaiTracing",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                // Only to hold `TimerHistograms`' text to swift-prometheus's (a differential test).
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Fixtures")]),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
