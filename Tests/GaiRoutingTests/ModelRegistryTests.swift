import GaiCore
import GaiRouting
import Testing

let routes = [
    ModelRoute(
        name: "fast",
        deployments: [Deployment(provider: "openai", model: "gpt-4o-mini"), Deployment(provider: "mock", model: "gpt-4o-mini")]),
    ModelRoute(name: "gpt-4o", deployments: [Deployment(provider: "openrouter", model: "openai/gpt-4o")]),
    ModelRoute(name: "openai/gpt-4o", deployments: [Deployment(provider: "mock", model: "configured-wins")]),
    ModelRoute(name: "empty", deployments: []),
    ModelRoute(name: "fast", deployments: [Deployment(provider: "mock", model: "second-definition")]),
]
let providerNames: Set<String> = ["openai", "openrouter", "mock"]

@Suite("ModelRegistry")
struct ModelRegistryTests {
    @Test(
        "resolution order: configured name, then provider/model, then the default provider",
        arguments: [
            ("fast", [Deployment(provider: "openai", model: "gpt-4o-mini"), Deployment(provider: "mock", model: "gpt-4o-mini")]),
            ("gpt-4o", [Deployment(provider: "openrouter", model: "openai/gpt-4o")]),
            ("openai/gpt-4o", [Deployment(provider: "mock", model: "configured-wins")]),
            ("openai/gpt-4.1", [Deployment(provider: "openai", model: "gpt-4.1")]),
            ("openrouter/meta-llama/llama-3.1-70b-instruct", [Deployment(provider: "openrouter", model: "meta-llama/llama-3.1-70b-instruct")]),
            ("mock/anything", [Deployment(provider: "mock", model: "anything")]),
            ("meta-llama/Llama-3", [Deployment(provider: "openai", model: "meta-llama/Llama-3")]),
            ("OpenAI/gpt-4o-mini", [Deployment(provider: "openai", model: "OpenAI/gpt-4o-mini")]),
            ("openai/", [Deployment(provider: "openai", model: "openai/")]),
            ("/gpt-4o", [Deployment(provider: "openai", model: "/gpt-4o")]),
            ("gpt-4.1-nano", [Deployment(provider: "openai", model: "gpt-4.1-nano")]),
            ("empty", [Deployment(provider: "openai", model: "empty")]),
            ("", [Deployment(provider: "openai", model: "")]),
        ])
    func withDefault(model: String, expected: [Deployment]) throws {
        let registry = ModelRegistry(routes: routes, providerNames: providerNames, defaultProvider: "openai")
        #expect(try registry.resolve(model) == expected)
    }

    @Test("the first definition of a duplicated name wins")
    func duplicateName() throws {
        let registry = ModelRegistry(routes: routes, providerNames: providerNames)
        #expect(try registry.resolve("fast").first?.provider == "openai")
        #expect(registry.routes.count == routes.count)
    }

    @Test(
        "without a default provider, an unknown name is not_found listing the available models",
        arguments: ["meta-llama/Llama-3", "gpt-4.1-nano", "openai/", "empty", "unknown/model"])
    func notFound(model: String) throws {
        let registry = ModelRegistry(routes: Array(routes.dropLast()), providerNames: providerNames)
        let error = try #require(throws: GaiError.self) { try registry.resolve(model) }
        #expect(error.code == .notFound)
        #expect(error.param == "model")
        #expect(!error.isTransient)
        #expect(error.message.contains("'\(model)'"))
        #expect(error.message.contains("Available models: fast, gpt-4o, openai/gpt-4o, empty."))
        #expect(error.message.contains("'provider/model'"))
    }

    @Test("without a default, provider/model still resolves")
    func directWithoutDefault() throws {
        let registry = ModelRegistry(routes: [], providerNames: ["local"])
        #expect(try registry.resolve("local/llama3.1:8b") == [Deployment(provider: "local", model: "llama3.1:8b")])
    }

    @Test("with no models configured, the message does not list any")
    func nothingConfigured() throws {
        let registry = ModelRegistry(routes: [], providerNames: ["local"])
        let error = try #require(throws: GaiError.self) { try registry.resolve("gpt-4o") }
        #expect(error.code == .notFound)
        #expect(!error.message.contains("Available models"))
    }

    @Test("the listed names are capped at 20")
    func listCapped() throws {
        let many = (0..<30).map { ModelRoute(name: "model-\($0)", deployments: [Deployment(provider: "p", model: "m")]) }
        let registry = ModelRegistry(routes: many, providerNames: ["p"])
        let error = try #require(throws: GaiError.self) { try registry.resolve("nope") }
        #expect(error.message.contains("model-19."))
        #expect(!error.message.contains("model-20"))
    }
}
