import GaiCore
import GaiRouting
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
