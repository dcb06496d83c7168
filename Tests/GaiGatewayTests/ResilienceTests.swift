import Foundation
import GaiCore
import GaiGateway
import GaiMock
import GaiRouting
import GaiStorage
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// A clock tests move by hand: breakers and budgets read it, nothing sleeps.
final class ManualClock: Sendable {
    let start = ContinuousClock.now
    private let offset = Mutex<Duration>(.zero)
    func now() -> ContinuousClock.Instant { start + offset.withLock { $0 } }
    func advance(by duration: Duration) { offset.withLock { $0 += duration } }
}

/// A gateway over two mock providers (`mock-a`, `mock-b`) with chaos on, an injected clock and no
/// real waiting between attempts.
struct ResilienceFixture {
    let clock = ManualClock()
    let gateway: Gateway
    let deadLetters = DeadLetterQueue(store: InMemoryDeadLetterStore())

    init(routes: [ModelRoute], inFlight: GatewayConfiguration.IdempotencyInFlight = .wait, latency: Duration = .zero) {
        let clock = self.clock
        var faults: FaultPlan?
        if latency > .zero { faults = try? FaultPlan(settings: ["latency_ms": String(latency.components.seconds * 1000 + latency.components.attoseconds / 1_000_000_000_000_000)]) }
        let providers: [any ChatProvider] = [
            MockProvider(configuration: .init(name: "mock-a", streamDelay: .zero, faults: faults)),
            MockProvider(configuration: .init(name: "mock-b", streamDelay: .zero)),
        ]
        let resilience = ResilienceState(now: { clock.now() }, sleep: { _ in })
        gateway = Gateway(
            configuration: GatewayConfiguration(idempotencyInFlight: inFlight, adminKey: "admin-key-0123456789", chaosEnabled: true),
            modelRouter: ModelRouter(
                registry: ModelRegistry(routes: routes, providerNames: ["mock-a", "mock-b"]), providers: providers, resilience: resilience),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            deadLetters: deadLetters)
    }

    func application() -> some ApplicationProtocol {
        Application(router: gateway.makeRouter(), server: Gateway.httpServer(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}

func chat(_ model: String, _ text: String = "hi", stream: Bool = false) -> ByteBuffer {
    ByteBuffer(string: #"{"model":"\#(model)","messages":[{"role":"user","content":"\#(text)"}],"stream":\#(stream)}"#)
}

extension HTTPField.Name {
    static let fault = HTTPField.Name("x-gai-fault")!
    static let attempts = HTTPField.Name("x-gai-attempts")!
    static let deployment = HTTPField.Name("x-gai-deployment")!
    static let idempotencyKeyHeader = HTTPField.Name("idempotency-key")!
}

@Suite("Resilience through the gateway")
struct ResilienceTests {
    @Test("a breaker opens after N transient failures, skips the deployment, and half-opens after the cool-down")
    func breakerLifecycle() async throws {
        var breaker = CircuitBreaker.Configuration()
        breaker.consecutiveFailureThreshold = 3
        breaker.coolDown = .seconds(30)
        let fixture = ResilienceFixture(routes: [
            ModelRoute(name: "m", deployments: [Deployment(provider: "mock-a", model: "m")], policy: RoutePolicy(retry: .none, breaker: breaker))
        ])
        try await fixture.application().test(.router) { client in
            let failing: HTTPFields = [.contentType: "application/json", .fault: "error=provider_unavailable;id=breaker"]
            for _ in 0..<3 {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: failing, body: chat("m")) { response in
                    #expect(response.headers[.attempts] == "1")
                }
            }
            // Open: refused without calling the provider, with the time left as retry-after.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: jsonHeaders, body: chat("m")) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.attempts] == "0")
                #expect(response.headers[.retryAfter] == "30")
            }
            fixture.clock.advance(by: .seconds(31))
            // Half-open: one probe goes through, succeeds, and closes the breaker.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: jsonHeaders, body: chat("m")) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.attempts] == "1")
            }
            #expect(fixture.gateway.modelRouter.resilience.breakerStates().first?.1 == .closed)
        }
    }

    @Test("a failed half-open probe re-opens the breaker for a fresh cool-down")
    func failedProbe() async throws {
        var breaker = CircuitBreaker.Configuration()
        breaker.consecutiveFailureThreshold = 1
        breaker.coolDown = .seconds(10)
        let fixture = ResilienceFixture(routes: [
            ModelRoute(name: "m", deployments: [Deployment(provider: "mock-a", model: "m")], policy: RoutePolicy(retry: .none, breaker: breaker))
        ])
        try await fixture.application().test(.router) { client in
            let failing: HTTPFields = [.contentType: "application/json", .fault: "error=overloaded"]
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: failing, body: chat("m")) { _ in }
            fixture.clock.advance(by: .seconds(11))
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: failing, body: chat("m")) { response in
                #expect(response.headers[.attempts] == "1")
            }
            guard case .open = fixture.gateway.modelRouter.resilience.breakerStates().first?.1 else {
                Issue.record("the breaker should be open again")
                return
            }
        }
    }

    @Test("retries are spaced by the policy and counted; the last error says not to retry")
    func retriesExhausted() async throws {
        let fixture = ResilienceFixture(routes: [
            ModelRoute(name: "m", deployments: [Deployment(provider: "mock-a", model: "m")], policy: RoutePolicy(retry: RetryPolicy(maxAttempts: 4)))
        ])
        try await fixture.application().test(.router) { client in
            let failing: HTTPFields = [.contentType: "application/json", .fault: "error=rate_limited"]
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: failing, body: chat("m")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.attempts] == "4")
                #expect(response.headers[HTTPField.Name("x-should-retry")!] == "false")
            }
        }
    }

    @Test("with in_flight: conflict a duplicate gets 409 while the first request runs")
    func conflictWhileRunning() async throws {
        let fixture = ResilienceFixture(
            routes: [ModelRoute(name: "m", deployments: [Deployment(provider: "mock-a", model: "m")], policy: RoutePolicy(retry: .none))],
            inFlight: .conflict, latency: .milliseconds(300))
        // `.router` runs requests concurrently (the live test client has one connection).
        try await fixture.application().test(.router) { client in
            let headers: HTTPFields = [.contentType: "application/json", .idempotencyKeyHeader: "dup-1"]
            async let first = client.execute(uri: "/v1/chat/completions", method: .post, headers: headers, body: chat("m"))
            try await Task.sleep(for: .milliseconds(100))
            let second = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers, body: chat("m"))
            #expect(second.status == .conflict)
            #expect(second.headers[.retryAfter] == "1")
            #expect(try await first.status == .ok)
            // Completed now: replayed.
            let third = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers, body: chat("m"))
            #expect(third.status == .ok)
            #expect(third.headers[HTTPField.Name("idempotent-replayed")!] == "true")
        }
    }

    @Test("a failure after retries and fallback is written to the DLQ with every attempt, secrets removed")
    func deadLetter() async throws {
        let fixture = ResilienceFixture(routes: [
            ModelRoute(
                name: "m", deployments: [Deployment(provider: "mock-a", model: "a"), Deployment(provider: "mock-b", model: "b")],
                policy: RoutePolicy(retry: RetryPolicy(maxAttempts: 2)))
        ])
        try await fixture.application().test(.router) { client in
            let failing: HTTPFields = [.contentType: "application/json", .fault: "error=timeout"]
            let body = ByteBuffer(string: #"{"model":"m","messages":[{"role":"user","content":"key sk-abcdefghijklmnopqrstuvwx"}],"api_key":"hunter2"}"#)
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: failing, body: body) { response in
                #expect(response.status == .gatewayTimeout)
                #expect(response.headers[.attempts] == "4")
                #expect(response.headers[.deployment] == "mock-b/b")
            }
        }
        await fixture.deadLetters.flush()
        let entries = try await fixture.deadLetters.store.list(limit: 10, offset: 0)
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.errorCode == "timeout")
        #expect(entry.attempts.map(\.deployment) == ["mock-a/a", "mock-a/a", "mock-b/b", "mock-b/b"])
        #expect(!entry.requestBody.contains("hunter2"))
        #expect(!entry.requestBody.contains("sk-abcdefghijklmnopqrstuvwx"))
    }
}

@Suite("Admin API access")
struct AdminAccessTests {
    @Test("without an admin key the admin API is disabled (403); with one, a wrong key is 401")
    func access() async throws {
        let disabled = GatewayFixture()
        try await disabled.application().test(.router) { client in
            try await client.execute(uri: "/admin/dlq", method: .get) { response in
                #expect(response.status == .forbidden)
                let error = try response.errorObject()
                #expect(error["code"] as? String == "forbidden")
            }
        }
        let enabled = ResilienceFixture(routes: [])
        try await enabled.application().test(.router) { client in
            try await client.execute(uri: "/admin/dlq", method: .get, headers: [.authorization: "Bearer nope"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/admin/dlq", method: .get, headers: [.authorization: "Bearer admin-key-0123456789"]) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix(#"{"object":"list","data":[]"#))
            }
        }
    }
}
