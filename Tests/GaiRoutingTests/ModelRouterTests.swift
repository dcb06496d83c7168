import GaiCore
import GaiRouting
import NIOCore
import Testing

/// A provider that only has a name; the router never calls it.
struct NamedProvider: ChatProvider {
    let name: String
    var kind: String { "test" }

    func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        throw GaiError(.unsupported, "not used")
    }

    func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        throw GaiError(.unsupported, "not used")
    }

    func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        throw GaiError(.unsupported, "not used")
    }
}

@Suite("ModelRouter")
struct ModelRouterTests {
    let registry = ModelRegistry(routes: routes, providerNames: providerNames, defaultProvider: "openrouter")
    let providers: [any ChatProvider] = [NamedProvider(name: "openai"), NamedProvider(name: "openrouter"), NamedProvider(name: "mock")]

    @Test(
        "target picks the provider instance and the upstream model name",
        arguments: [
            ("fast", "openai", "gpt-4o-mini"),
            ("gpt-4o", "openrouter", "openai/gpt-4o"),
            ("mock/echo", "mock", "echo"),
            ("meta-llama/Llama-3", "openrouter", "meta-llama/Llama-3"),
        ])
    func target(model: String, provider: String, upstreamModel: String) throws {
        let router = ModelRouter(registry: registry, providers: providers)
        let target = try router.target(for: model)
        #expect(target.provider.name == provider)
        #expect(target.deployment == Deployment(provider: provider, model: upstreamModel))
    }

    @Test("a deployment whose provider has no instance is skipped for the next")
    func skipsMissingInstance() throws {
        let router = ModelRouter(registry: registry, providers: [NamedProvider(name: "mock")])
        let target = try router.target(for: "fast")
        #expect(target.provider.name == "mock")
        #expect(target.deployment == Deployment(provider: "mock", model: "gpt-4o-mini"))
    }

    @Test("no instance for any deployment is an internal error")
    func noInstance() throws {
        let router = ModelRouter(registry: registry, providers: [])
        let error = try #require(throws: GaiError.self) { try router.target(for: "fast") }
        #expect(error.code == .internal)
        #expect(error.message.contains("'fast'"))
    }

    @Test("resolution errors pass through")
    func notFound() throws {
        let router = ModelRouter(registry: ModelRegistry(routes: routes, providerNames: providerNames), providers: providers)
        let error = try #require(throws: GaiError.self) { try router.target(for: "nope") }
        #expect(error.code == .notFound)
    }

    @Test("providers are indexed by name and models come from the registry")
    func index() {
        let router = ModelRouter(registry: registry, providers: providers)
        #expect(Set(router.providers.keys) == ["openai", "openrouter", "mock"])
        #expect(router.models == routes)
    }
}

/// Records what an ``AttemptObserver`` is told.
final class RecordingAttemptObserver: AttemptObserver, @unchecked Sendable {
    var events: [String] = []
    /// The instants handed over, in order: start, end, start, end…
    var instants: [ContinuousClock.Instant] = []

    func attemptStarted(_ target: ModelRouter.Target, number: Int, at instant: ContinuousClock.Instant) -> String {
        let tag = "\(number):\(target.deployment.provider)"
        events.append("start \(tag)")
        instants.append(instant)
        return tag
    }

    func attemptEnded(_ observation: String, error: GaiError?, at instant: ContinuousClock.Instant) {
        events.append("end \(observation) \(error.map { $0.code.rawValue } ?? "ok")")
        instants.append(instant)
    }
}

@Suite("ModelRouter attempt observer")
struct ModelRouterObserverTests {
    @Test("every attempt is numbered over retries and fallback, and ends with its outcome before the next starts")
    func retriesThenFallback() async throws {
        let router = ModelRouter(
            registry: ModelRegistry(routes: routes, providerNames: providerNames), providers: [NamedProvider(name: "openai"), NamedProvider(name: "mock")],
            resilience: ResilienceState(sleep: { _ in }))
        let observer = RecordingAttemptObserver()
        let calls = RecordingAttemptObserver()
        let routed = try await router.call(model: "fast", deadline: .distantFuture, observer: observer) { target throws(GaiError) in
            calls.events.append(target.deployment.provider)
            if target.deployment.provider == "openai" { throw GaiError(.overloaded, "busy") }
            return "answer"
        }
        #expect(routed.value == "answer")
        let openaiTries = calls.events.filter { $0 == "openai" }.count
        #expect(openaiTries >= 2, "the overloaded deployment is retried before the fallback")
        var expected: [String] = []
        for number in 1...openaiTries { expected += ["start \(number):openai", "end \(number):openai overloaded"] }
        expected += ["start \(openaiTries + 1):mock", "end \(openaiTries + 1):mock ok"]
        #expect(observer.events == expected)
        // The observer gets the router's own clock readings: never going back, and each attempt's
        // recorded duration is exactly its end minus its start.
        #expect(observer.instants == observer.instants.sorted())
        let called = routed.attempts.filter { $0.outcome != .breakerOpen }
        #expect(called.count * 2 == observer.instants.count)
        for (index, attempt) in called.enumerated() {
            #expect(attempt.duration == observer.instants[2 * index + 1] - observer.instants[2 * index])
        }
    }

    @Test("a permanent failure ends its one attempt with its code, and the call fails")
    func permanentFailure() async throws {
        let router = ModelRouter(registry: ModelRegistry(routes: routes, providerNames: providerNames), providers: [NamedProvider(name: "openai")])
        let observer = RecordingAttemptObserver()
        await #expect(throws: RoutingFailure.self) {
            _ = try await router.call(model: "gpt-4o", deadline: .distantFuture, observer: observer) { _ throws(GaiError) -> String in
                throw GaiError(.invalidRequest, "no")
            }
        }
        #expect(observer.events.isEmpty, "gpt-4o's only deployment (openrouter) has no instance: nothing was attempted")
        _ = try? await router.call(model: "fast", deadline: .distantFuture, observer: observer) { _ throws(GaiError) -> String in
            throw GaiError(.invalidRequest, "no")
        }
        #expect(observer.events == ["start 1:openai", "end 1:openai invalid_request"])
    }
}
