import GaiMock
import GaiRouting

/// Everything `gai serve` is configured with: the validated form of the YAML file plus `GAI_*`
/// environment overrides. See `docs/configuration.md` for every key.
public struct GaiConfiguration: Sendable {
    public var server: Server
    public var logging: Logging
    public var providers: [Provider]
    public var models: [ModelRoute]
    /// Where a model name that is not configured goes, unchanged (`routing.default_provider`).
    public var defaultProvider: String?
    /// Where the configuration came from, for the start-up log line.
    public var source: String
    /// The admin API's key (`admin_key`, usually `${GAI_ADMIN_KEY}`); `nil` disables the admin API.
    /// Secret: never logged or printed.
    public var adminKey: String?
    /// Where SQLite files and event files go (`data_dir`).
    public var dataDirectory = "./gai-data"
    public var idempotency = Idempotency()
    public var deadLetters = DeadLetters()
    /// Whether clients may inject faults with `x-gai-fault` (`chaos.enabled`).
    public var chaosEnabled = false
    /// `auth`: `keys` (the default when an admin key is set) or `none`.
    public var auth = Auth.none
    /// How long a key lookup is trusted (`auth_cache_ttl_ms`): the revocation bound across replicas.
    public var authCacheTTLMilliseconds = 5000
    public var limits = Limits()
    /// `stores.redis_url`: the Redis shared by replicas (secret: may hold a password).
    public var redisURL: String?
    /// `stores.postgres_url`: the PostgreSQL shared by replicas (secret: may hold a password).
    public var postgresURL: String?
    /// `stores.durable`: where keys, the spend ledger and the DLQ live.
    public var durableStore = DurableStore.sqlite

    /// `stores.durable`.
    public enum DurableStore: String, Sendable, CaseIterable {
        /// Files in `data_dir`: one node.
        case sqlite
        /// `stores.postgres_url`: shared by every replica.
        case postgres
    }
    public var events = Events()
    public var tracing = Tracing()
    /// `metrics.enabled`: record Prometheus metrics and serve `GET /metrics` (default on).
    public var metricsEnabled = true

    /// `events.*`: the observability event pipeline.
    public struct Events: Sendable, Equatable {
        public enum Sink: String, Sendable, CaseIterable {
            /// JSON lines in `events.path` (default `<data_dir>/events.jsonl`), rotated by size.
            case file
            /// The `events` table of `<data_dir>/events.sqlite`.
            case sqlite
            /// The `gai_events` table in `stores.postgres_url`.
            case postgres
            /// JSON lines on standard output.
            case stdout
            /// No events are made (the live tail stays empty).
            case none
        }
        public var sink = Sink.file
        /// The file sink's path; `nil`: `<data_dir>/events.jsonl`.
        public var path: String?
        /// The file sink rotates at this size.
        public var maxFileBytes = 64 << 20
        /// Events waiting for the writer at most; more are dropped and counted.
        public var queueCapacity = 10_000
        /// Rows the SQLite and PostgreSQL sinks keep at most (older ones are pruned).
        public var maxRows = 1_000_000
        public init() {}
    }

    /// `tracing.*`: OpenTelemetry spans, exported over OTLP/HTTP (protobuf).
    public struct Tracing: Sendable, Equatable {
        /// Make spans and export them (`tracing.enabled`, default off). Off, a client's
        /// `traceparent` is still forwarded upstream and its trace id logged.
        public var enabled = false
        /// The collector's base URL (`tracing.otlp_endpoint`); `/v1/traces` is appended, as with
        /// `OTEL_EXPORTER_OTLP_ENDPOINT`. Default `http://localhost:4318`.
        public var otlpEndpoint: String?
        /// `service.name` on every span.
        public var serviceName = "gai"
        /// The share of new traces kept (a client's sampled flag is honoured).
        public var sampleRatio = 1.0
        /// `tracing.backend`: `gai` (the gateway's lean tracer and exporter, the default) or
        /// `swift-otel` (swift-otel's SDK, which also reads the `OTEL_*` variables).
        public var backend = Backend.gai
        /// How long finished spans gather before an export (`tracing.export_interval_ms`; `gai` backend).
        public var exportIntervalMilliseconds = 500
        /// Headers sent with every export, e.g. a collector's API key (`tracing.headers.<Name>`;
        /// secret: never logged).
        public var headers: [String: String] = [:]

        public enum Backend: String, Sendable, CaseIterable {
            case gai
            case swiftOTel = "swift-otel"
        }

        public init() {}
    }

    /// `budgets[]`: spending caps per key, user or team.
    public var budgets: [Budget] = []

    /// One `budgets[]` entry.
    public struct Budget: Sendable, Equatable {
        /// `key`, `user` or `team`.
        public var scope: String
        /// The key id, user or team.
        public var subject: String
        public var usd: Double
        /// `daily`, `weekly` or `monthly` (UTC).
        public var period: String
    }

    /// `limits.*`.
    public struct Limits: Sendable, Equatable {
        /// Where limit and budget counters live: `memory` (this replica), or `redis` / `postgres`
        /// (shared by every replica).
        public var store = "memory"
        /// How long a check waits for Redis before it counts as a failure (`limits.store_timeout_ms`).
        public var storeTimeoutMilliseconds = 200
        /// `fail_open` or `fail_closed` when the store cannot be reached.
        public var onStoreFailure = "fail_open"
        /// Tokens reserved for the completion when a request sets no `max_tokens`.
        public var defaultMaxTokens = 1024
        public var rules: [Rule] = []

        /// One `limits.rules[]` entry.
        public struct Rule: Sendable, Equatable {
            public var scope: String
            public var model: String?
            /// One key id, user or team (`key`, `user`, `team` in the rule); `nil`: each separately.
            public var subject: String?
            /// Requests per second, minute, hour, day; tokens per minute, hour, day.
            public var requests: [(count: Int, seconds: Int)] = []
            public var tokens: [(count: Int, seconds: Int)] = []
            public var maxConcurrent: Int?
            public var algorithm = "token_bucket"
            public var burst: Int?

            public init(scope: String) {
                self.scope = scope
            }

            public static func == (lhs: Rule, rhs: Rule) -> Bool {
                lhs.scope == rhs.scope && lhs.model == rhs.model && lhs.subject == rhs.subject
                    && lhs.requests.map(\.count) == rhs.requests.map(\.count) && lhs.requests.map(\.seconds) == rhs.requests.map(\.seconds)
                    && lhs.tokens.map(\.count) == rhs.tokens.map(\.count) && lhs.tokens.map(\.seconds) == rhs.tokens.map(\.seconds)
                    && lhs.maxConcurrent == rhs.maxConcurrent && lhs.algorithm == rhs.algorithm && lhs.burst == rhs.burst
            }
        }
        public init() {}
    }

    /// How `/v1/…` requests authenticate.
    public enum Auth: String, Sendable, CaseIterable {
        /// A gateway key (`Authorization: Bearer gai-…` or `x-api-key`).
        case keys
        /// None: local development only.
        case none
    }
    /// Prices that replace or extend the bundled table (`prices[]`).
    public var priceOverrides: [PriceOverride] = []

    /// `idempotency.*`.
    public struct Idempotency: Sendable, Equatable {
        public enum InFlight: String, Sendable, CaseIterable {
            /// A duplicate waits for the first request and gets its result.
            case wait
            /// A duplicate gets 409 while the first request runs.
            case conflict
        }
        public var ttlSeconds = 86_400
        public var inFlight = InFlight.wait
        /// Records kept at most; the oldest completed ones are evicted first.
        public var maxEntries = 10_000
        /// Bytes of recorded responses and stream events kept at most.
        public var maxBytes = 256 * 1024 * 1024
        /// `idempotency.store`: `memory` (this replica) or `redis` (duplicates coalesce across
        /// replicas; needs `stores.redis_url`).
        public var store = Store.memory
        public enum Store: String, Sendable, CaseIterable {
            case memory
            case redis
        }
        public init() {}
    }

    /// `dlq.*`.
    public struct DeadLetters: Sendable, Equatable {
        public enum Store: String, Sendable, CaseIterable {
            case memory
            case sqlite
            case postgres
        }
        public var store = Store.sqlite
        public var maxEntries = 100_000
        public init() {}
    }

    /// One entry of `prices`: USD per million tokens.
    public struct PriceOverride: Sendable, Equatable {
        public var model: String
        public var inputPerMillion: Double
        public var outputPerMillion: Double
        public var cachedInputPerMillion: Double?
        public var cacheWritePerMillion: Double?
        public var reasoningPerMillion: Double?
    }

    /// `server.*`.
    public struct Server: Sendable, Equatable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// Event loops; the default is the number of cores available to the process.
        public var threads: Int
        public var maxBodyBytes = 8 * 1024 * 1024
        public var requestTimeoutMilliseconds = 600_000
        public var shutdownGraceMilliseconds = 30_000
        /// With `auth: none`, listen on a non-loopback address anyway (`server.allow_unauthenticated`).
        public var allowUnauthenticated = false

        public init(threads: Int) {
            self.threads = threads
        }
    }

    /// `logging.*`.
    public struct Logging: Sendable, Equatable {
        public var level = "info"
        /// How long log lines gather before one write (`logging.flush_interval_ms`): each write
        /// costs a timer and a thread wake-up, so a busy gateway pays per window, not per line.
        public var flushIntervalMilliseconds = 50
        public init() {}
    }

    /// One entry of `providers`.
    public struct Provider: Sendable, Equatable {

        public enum Kind: String, Sendable, CaseIterable {
            case openai
            case azure
            case anthropic
            case gemini
            case mock
        }

        public var name: String
        public var kind: Kind
        public var baseURL: String?
        /// Secret: never logged or printed.
        public var apiKey: String?
        public var headers: [String: String] = [:]
        public var timeoutMilliseconds = 600_000
        public var maxResponseBytes = 64 * 1024 * 1024
        /// `kind: azure` only: the `api-version` query value.
        public var apiVersion: String?
        /// `kind: anthropic` only: the `anthropic-version` header.
        public var anthropicVersion = "2023-06-01"
        /// `kind: anthropic` only: `max_tokens` sent when the client gave none (Anthropic requires it).
        public var defaultMaxTokens = 4096
        /// `kind: mock` only.
        public var reply: String?
        public var streamDelayMilliseconds = 20
        public var embeddingDimensions = 64
        /// `kind: mock` only: faults injected into every call (`faults.*`).
        public var faults: FaultPlan?

        public init(name: String, kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }
}

/// A precise configuration problem: which file, which key, what is wrong.
public struct ConfigIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var key: String
    public var message: String

    public init(file: String, key: String, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        key.isEmpty ? "\(file): \(message)" : "\(file): \(key): \(message)"
    }
}

/// One or more configuration problems, all reported at once.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

extension ConfigScope {
    /// Header maps are free-form, so they are read from the flattened keys directly.
    static func headers(from values: [String: String], prefix: String) -> [String: String] {
        var headers: [String: String] = [:]
        for (key, value) in values where key.hasPrefix(prefix) {
            headers[String(key.dropFirst(prefix.count))] = value
        }
        return headers
    }
}
