import GaiConfig
import GaiCore
import GaiMock
import GaiRouting
import Testing

let resilienceYAML = """
    admin_key: ${GAI_ADMIN_KEY}
    data_dir: /var/lib/gai
    idempotency: { ttl_s: 3600, in_flight: conflict }
    dlq: { store: memory, max_entries: 500 }
    chaos: { enabled: true }
    prices:
      - { model: my-model, input_per_million: 0.15, output_per_million: 0.6 }
    providers:
      - { name: a, kind: mock, faults: { error: overloaded, probability: 0.5 } }
      - { name: b, kind: mock }
    models:
      - name: gpt-4o-mini
        strategy: weighted
        retry: { max_attempts: 4, initial_delay_ms: 100, max_delay_ms: 2000, multiplier: 3.0, jitter: 0.1 }
        retry_budget: { ratio: 0.1, min_per_second: 2 }
        breaker: { consecutive_failures: 7, cooldown_ms: 15000, half_open_probes: 2 }
        on_error: { context_length_exceeded: gpt-4o-long, content_filtered: gpt-4o-long }
        deployments:
          - { provider: a, model: m1, weight: 3, quality: 2 }
          - { provider: b, model: m2 }
      - name: gpt-4o-long
        deployments: [ { provider: b } ]
    """

@Suite("Resilience configuration")
struct ResilienceConfigTests {
    @Test("every resilience key is read")
    func readsEverything() throws {
        let configuration = try loader(["GAI_ADMIN_KEY": "admin-0123456789abcdef"]).load(yaml: resilienceYAML, file: "gai.yaml")
        #expect(configuration.adminKey == "admin-0123456789abcdef")
        #expect(configuration.dataDirectory == "/var/lib/gai")
        #expect(configuration.idempotency.ttlSeconds == 3600)
        #expect(configuration.idempotency.inFlight == .conflict)
        #expect(configuration.deadLetters.store == .memory)
        #expect(configuration.deadLetters.maxEntries == 500)
        #expect(configuration.chaosEnabled)
        #expect(configuration.priceOverrides.first?.inputPerMillion == 0.15)
        #expect(configuration.providers.first?.faults?.error == .overloaded)
        #expect(configuration.providers.first?.faults?.probability == 0.5)
        let route = try #require(configuration.models.first)
        #expect(route.policy.strategy == .weighted)
        #expect(route.policy.retry.maxAttempts == 4)
        #expect(route.policy.retry.initialDelay == .milliseconds(100))
        #expect(route.policy.retry.maxDelay == .milliseconds(2000))
        #expect(route.policy.retry.multiplier == 3)
        #expect(route.policy.retry.jitter == 0.1)
        #expect(route.policy.retryBudget.ratio == 0.1)
        #expect(route.policy.retryBudget.minPerSecond == 2)
        #expect(route.policy.breaker.consecutiveFailureThreshold == 7)
        #expect(route.policy.breaker.coolDown == .milliseconds(15000))
        #expect(route.policy.breaker.halfOpenMaxProbes == 2)
        #expect(route.policy.onError == [.contextLengthExceeded: "gpt-4o-long", .contentFiltered: "gpt-4o-long"])
        #expect(route.deployments.first == Deployment(provider: "a", model: "m1", weight: 3, quality: 2))
        #expect(route.deployments.last?.weight == 1)
    }

    @Test("the documented defaults apply when a model sets nothing")
    func defaults() throws {
        let configuration = try loader().load(yaml: "providers: [ { name: m, kind: mock } ]\nmodels: [ { name: x, deployments: [ { provider: m } ] } ]", file: "gai.yaml")
        let policy = try #require(configuration.models.first?.policy)
        #expect(policy.strategy == .priority)
        #expect(policy.retry == RoutePolicy.defaultRetry)
        #expect(policy.retryBudget == RetryBudgetConfiguration(ratio: 0.2, minPerSecond: 5))
        #expect(policy.breaker.consecutiveFailureThreshold == 5)
        #expect(policy.breaker.coolDown == .seconds(30))
        #expect(configuration.adminKey == nil)
        #expect(configuration.deadLetters.store == .sqlite)
        #expect(configuration.idempotency.ttlSeconds == 86_400)
        #expect(!configuration.chaosEnabled)
    }

    @Test(
        "bad resilience values are reported with their key",
        arguments: [
            ("models: [ { name: x, strategy: fastest, deployments: [ { provider: m } ] } ]", "models[0].strategy"),
            ("models: [ { name: x, retry: { max_attempts: 0 }, deployments: [ { provider: m } ] } ]", "models[0].retry.max_attempts"),
            ("models: [ { name: x, retry: { jitter: 2 }, deployments: [ { provider: m } ] } ]", "models[0].retry.jitter"),
            ("models: [ { name: x, on_error: { boom: y }, deployments: [ { provider: m } ] } ]", "models[0].on_error.boom"),
            ("models: [ { name: x, on_error: { timeout: nowhere }, deployments: [ { provider: m } ] } ]", "models[0].on_error.timeout"),
            ("models: [ { name: x, on_error: { timeout: x }, deployments: [ { provider: m } ] } ]", "models[0].on_error.timeout"),
            ("idempotency: { in_flight: maybe }", "idempotency.in_flight"),
            ("dlq: { store: redis }", "dlq.store"),
            ("dlq: { store: postgres }", "dlq.store"),
            ("stores: { durable: postgres }", "stores.durable"),
            ("stores: { durable: mysql, postgres_url: 'postgres://a@b/c' }", "stores.durable"),
            ("limits: { store: postgres }", "limits.store"),
            ("limits: { store: etcd }", "limits.store"),
            ("idempotency: { store: redis }", "idempotency.store"),
            ("admin_key: short", "admin_key"),
            ("chaos: { enabled: perhaps }", "chaos.enabled"),
            ("models: [ { name: x, retry: { max_attempts: 2, retries: 3 }, deployments: [ { provider: m } ] } ]", "models[0].retry.retries"),
        ])
    func badValues(yaml: String, key: String) {
        let found = issues("providers: [ { name: m, kind: mock } ]\n" + yaml)
        #expect(found.contains { $0.key == key }, "\(found)")
    }

    @Test("faults are for mock providers only, and their keys are checked")
    func faults() {
        #expect(issues("providers: [ { name: o, kind: openai, base_url: 'http://x', faults: { error: timeout } } ]").contains { $0.key == "providers[0].faults" })
        #expect(issues("providers: [ { name: m, kind: mock, faults: { error: nope } } ]").contains { $0.key == "providers[0].faults.error" })
    }

    @Test("stores.durable: postgres moves the DLQ to PostgreSQL unless dlq.store says otherwise")
    func durablePostgres() throws {
        let base = "providers: [ { name: m, kind: mock } ]\nstores: { durable: postgres, postgres_url: 'postgres://gai@127.0.0.1:5432/gai', redis_url: 'redis://127.0.0.1:6379' }\n"
        let postgres = try loader().load(yaml: base + "idempotency: { store: redis }\nlimits: { store: postgres }", file: "gai.yaml")
        #expect(postgres.durableStore == .postgres)
        #expect(postgres.deadLetters.store == .postgres)
        #expect(postgres.postgresURL == "postgres://gai@127.0.0.1:5432/gai")
        #expect(postgres.idempotency.store == .redis)
        #expect(postgres.limits.store == "postgres")
        #expect(try loader().load(yaml: base + "dlq: { store: memory }", file: "gai.yaml").deadLetters.store == .memory)
        #expect(try loader().load(yaml: "providers: [ { name: m, kind: mock } ]", file: "gai.yaml").durableStore == .sqlite)
    }
}
