import GaiConfig
import GaiRouting
import Testing

/// A loader that sees only `environment`, never the process's.
func loader(_ environment: [String: String] = [:], cores: Int = 4) -> ConfigurationLoader {
    ConfigurationLoader(environment: environment, availableCores: cores)
}

/// The issues a document produces; records a failure when it loads cleanly.
func issues(_ yaml: String, environment: [String: String] = [:], file: String = "gai.yaml") -> [ConfigIssue] {
    do {
        let configuration = try loader(environment).load(yaml: yaml, file: file)
        Issue.record("expected the configuration to be rejected, got \(configuration.providers.map(\.name))")
        return []
    } catch {
        return error.issues
    }
}

let exampleYAML = """
    # gai.yaml — every section, as in the documentation.
    server:
      host: 0.0.0.0
      port: 8080
      threads: 8
      max_body_bytes: 16777216
      request_timeout_ms: 120000
      shutdown_grace_ms: 10000

    logging:
      level: debug

    providers:
      - name: openai
        kind: openai
        base_url: https://api.openai.com/v1
        api_key: ${OPENAI_API_KEY}
        timeout_ms: 60000
        max_response_bytes: 33554432
        headers:
          OpenAI-Organization: org-123
      - name: openrouter
        kind: openai
        base_url: https://openrouter.ai/api/v1
        api_key: ${OPENROUTER_API_KEY}
        headers:
          HTTP-Referer: https://gai.example
          X-Title: Gai
      - name: local
        kind: openai
        base_url: ${OLLAMA_BASE_URL:-http://127.0.0.1:11434/v1}
      - name: mock
        kind: mock
        reply: "Hello from the mock"
        stream_delay_ms: 0
        embedding_dimensions: 8

    models:
      - name: gpt-4o-mini
        deployments:
          - provider: openai
            model: gpt-4o-mini-2024-07-18
          - provider: openrouter
            model: openai/gpt-4o-mini
      - name: llama
        deployments:
          - provider: local
            model: llama3.1:8b
      - name: test
        deployments: [ { provider: mock } ]

    routing:
      default_provider: openai
    """

@Suite("ConfigurationLoader: parsing")
struct ConfigurationParsingTests {
    let environment = ["OPENAI_API_KEY": "sk-openai", "OPENROUTER_API_KEY": "sk-or-v1"]

    @Test("the full example parses into server, logging, providers, models and routing")
    func fullExample() throws {
        let configuration = try loader(environment).load(yaml: exampleYAML, file: "gai.yaml")
        #expect(configuration.source == "gai.yaml")

        var server = GaiConfiguration.Server(threads: 8)
        server.host = "0.0.0.0"
        server.port = 8080
        server.maxBodyBytes = 16_777_216
        server.requestTimeoutMilliseconds = 120_000
        server.shutdownGraceMilliseconds = 10_000
        #expect(configuration.server == server)
        #expect(configuration.logging.level == "debug")

        var openai = GaiConfiguration.Provider(name: "openai", kind: .openai)
        openai.baseURL = "https://api.openai.com/v1"
        openai.apiKey = "sk-openai"
        openai.timeoutMilliseconds = 60_000
        openai.maxResponseBytes = 33_554_432
        openai.headers = ["OpenAI-Organization": "org-123"]
        var openrouter = GaiConfiguration.Provider(name: "openrouter", kind: .openai)
        openrouter.baseURL = "https://openrouter.ai/api/v1"
        openrouter.apiKey = "sk-or-v1"
        openrouter.headers = ["HTTP-Referer": "https://gai.example", "X-Title": "Gai"]
        var local = GaiConfiguration.Provider(name: "local", kind: .openai)
        local.baseURL = "http://127.0.0.1:11434/v1"
        var mock = GaiConfiguration.Provider(name: "mock", kind: .mock)
        mock.reply = "Hello from the mock"
        mock.streamDelayMilliseconds = 0
        mock.embeddingDimensions = 8
        #expect(configuration.providers == [openai, openrouter, local, mock])

        #expect(
            configuration.models == [
                ModelRoute(
                    name: "gpt-4o-mini",
                    deployments: [
                        Deployment(provider: "openai", model: "gpt-4o-mini-2024-07-18"),
                        Deployment(provider: "openrouter", model: "openai/gpt-4o-mini"),
                    ]),
                ModelRoute(name: "llama", deployments: [Deployment(provider: "local", model: "llama3.1:8b")]),
                ModelRoute(name: "test", deployments: [Deployment(provider: "mock", model: "test")]),
            ])
        #expect(configuration.defaultProvider == "openai")
    }

    @Test("defaults for keys the file leaves out")
    func defaults() throws {
        let configuration = try loader(cores: 6).load(yaml: "providers:\n  - name: m\n    kind: mock\n", file: "min.yaml")
        #expect(configuration.server == GaiConfiguration.Server(threads: 6))
        #expect(configuration.server.host == "127.0.0.1")
        #expect(configuration.server.port == 8080)
        #expect(configuration.logging.level == "info")
        #expect(configuration.logging.flushIntervalMilliseconds == 50)
        #expect(configuration.providers == [GaiConfiguration.Provider(name: "m", kind: .mock)])
        #expect(configuration.models.isEmpty)
        #expect(configuration.defaultProvider == nil)
    }

    @Test("server.threads defaults to the cores passed in", arguments: [1, 2, 3, 16, 64])
    func threadsDefault(cores: Int) throws {
        let configuration = try loader(cores: cores).load(yaml: "providers: [ { name: m, kind: mock } ]", file: "t.yaml")
        #expect(configuration.server.threads == cores)
    }

    @Test("a provider's headers map is read whole")
    func headers() throws {
        let yaml = """
            providers:
              - name: p
                kind: openai
                base_url: http://localhost:8000/v1
                headers:
                  X-One: "1"
                  x-two: two words
                  Authorization-Extra: ${TOKEN}
            """
        let configuration = try loader(["TOKEN": "t0k"]).load(yaml: yaml, file: "h.yaml")
        #expect(configuration.providers.first?.headers == ["X-One": "1", "x-two": "two words", "Authorization-Extra": "t0k"])
    }

    @Test("a deployment without a model uses the model's name")
    func deploymentModelDefault() throws {
        let yaml = """
            providers: [ { name: mock, kind: mock } ]
            models:
              - name: gpt-4o
                deployments: [ { provider: mock } ]
            """
        let configuration = try loader().load(yaml: yaml, file: "d.yaml")
        #expect(configuration.models == [ModelRoute(name: "gpt-4o", deployments: [Deployment(provider: "mock", model: "gpt-4o")])])
    }
}

@Suite("ConfigurationLoader: interpolation and overrides")
struct ConfigurationInterpolationTests {
    func apiKey(_ value: String, environment: [String: String]) throws -> String? {
        let yaml = """
            providers:
              - name: p
                kind: openai
                base_url: https://example.com/v1
                api_key: "\(value)"
            """
        return try loader(environment).load(yaml: yaml, file: "i.yaml").providers.first?.apiKey
    }

    @Test(
        "${VAR}, ${VAR:-default} and $${ are interpolated",
        arguments: [
            ("${KEY}", ["KEY": "sk-1"], "sk-1"),
            ("Bearer-${KEY}-x", ["KEY": "sk-1"], "Bearer-sk-1-x"),
            ("${A}${B}", ["A": "1", "B": "2"], "12"),
            ("${KEY:-fallback}", ["KEY": "sk-1"], "sk-1"),
            ("${KEY:-fallback}", [:], "fallback"),
            ("${KEY:-fallback}", ["KEY": ""], "fallback"),
            ("${KEY:-}", [:], ""),
            ("${KEY:-a:-b}", [:], "a:-b"),
            ("$${KEY}", ["KEY": "sk-1"], "${KEY}"),
            ("cost: $${AMOUNT} and ${KEY}", ["KEY": "k"], "cost: ${AMOUNT} and k"),
            ("no variables here", [:], "no variables here"),
            ("a lone $ sign", [:], "a lone $ sign"),
        ] as [(String, [String: String], String)])
    func interpolation(value: String, environment: [String: String], expected: String) throws {
        #expect(try apiKey(value, environment: environment) == expected)
    }

    @Test("a missing variable is an issue naming the key and the variable")
    func missingVariable() throws {
        let found = issues(exampleYAML, environment: ["OPENAI_API_KEY": "sk"])
        #expect(found == [ConfigIssue(file: "gai.yaml", key: "providers[1].api_key", message: "environment variable OPENROUTER_API_KEY is not set")])
        #expect(found.first?.description == "gai.yaml: providers[1].api_key: environment variable OPENROUTER_API_KEY is not set")
    }

    @Test("an empty variable counts as missing when there is no default")
    func emptyVariable() {
        let found = issues(exampleYAML, environment: ["OPENAI_API_KEY": "", "OPENROUTER_API_KEY": "k"])
        #expect(found.map(\.key) == ["providers[0].api_key"])
        #expect(found.first?.message.contains("OPENAI_API_KEY") == true)
    }

    @Test("an unterminated ${ is an issue")
    func unterminated() {
        let found = issues("providers: [ { name: m, kind: mock, reply: \"${OOPS\" } ]")
        #expect(found.map(\.key) == ["providers[0].reply"])
        #expect(found.first?.message.contains("unterminated") == true)
    }

    @Test("GAI_* environment variables win over the file")
    func overrides() throws {
        let environment = [
            "OPENAI_API_KEY": "sk-file", "OPENROUTER_API_KEY": "sk-or",
            "GAI_SERVER_PORT": "9090", "GAI_PROVIDERS_0_API_KEY": "sk-env", "GAI_LOGGING_LEVEL": "warning",
            "GAI_ROUTING_DEFAULT_PROVIDER": "mock", "GAI_PROVIDERS_2_BASE_URL": "http://10.0.0.5:8000/v1",
        ]
        let configuration = try loader(environment).load(yaml: exampleYAML, file: "gai.yaml")
        #expect(configuration.server.port == 9090)
        #expect(configuration.server.threads == 8)
        #expect(configuration.logging.level == "warning")
        #expect(configuration.providers[0].apiKey == "sk-env")
        #expect(configuration.providers[1].apiKey == "sk-or")
        #expect(configuration.providers[2].baseURL == "http://10.0.0.5:8000/v1")
        #expect(configuration.defaultProvider == "mock")
    }

    @Test("an override for a key the file does not set still applies")
    func overrideWithoutFileValue() throws {
        let configuration = try loader(["GAI_SERVER_HOST": "0.0.0.0", "GAI_SERVER_THREADS": "3"])
            .load(yaml: "providers: [ { name: m, kind: mock } ]", file: "o.yaml")
        #expect(configuration.server.host == "0.0.0.0")
        #expect(configuration.server.threads == 3)
    }

    @Test("an override is validated like the file's value")
    func invalidOverride() {
        let found = issues("providers: [ { name: m, kind: mock } ]", environment: ["GAI_SERVER_PORT": "http"])
        #expect(found.map(\.key) == ["server.port"])
        #expect(found.first?.message.contains("expected an integer") == true)
    }
}

@Suite("ConfigurationLoader: defaults without a file")
struct ConfigurationDefaultsTests {
    @Test("no file and no OpenAI variables: the built-in mock")
    func mockDefaults() throws {
        let configuration = try loader(["HOME": "/root"], cores: 2).load(path: nil)
        #expect(configuration.source == "<defaults>")
        #expect(configuration.providers == [GaiConfiguration.Provider(name: "mock", kind: .mock)])
        #expect(configuration.defaultProvider == "mock")
        #expect(configuration.models.map(\.name) == ["gpt-4o-mini", "gpt-4o", "text-embedding-3-small"])
        #expect(configuration.models.allSatisfy { $0.deployments == [Deployment(provider: "mock", model: $0.name)] })
        #expect(configuration.server == GaiConfiguration.Server(threads: 2))
    }

    @Test("OPENAI_API_KEY set: an openai provider at the public API")
    func openAIDefaults() throws {
        let configuration = try loader(["OPENAI_API_KEY": "sk-abc"]).load(path: nil)
        var expected = GaiConfiguration.Provider(name: "openai", kind: .openai)
        expected.baseURL = "https://api.openai.com/v1"
        expected.apiKey = "sk-abc"
        #expect(configuration.providers == [expected])
        #expect(configuration.defaultProvider == "openai")
        #expect(configuration.models.isEmpty)
    }

    @Test(
        "OPENAI_BASE_URL is respected, with or without a key",
        arguments: [
            (["OPENAI_API_KEY": "sk-abc", "OPENAI_BASE_URL": "http://localhost:8000/v1"], "sk-abc"),
            (["OPENAI_BASE_URL": "http://localhost:11434/v1"], ""),
        ] as [([String: String], String)])
    func openAIBaseURL(environment: [String: String], key: String) throws {
        let configuration = try loader(environment).load(path: nil)
        #expect(configuration.providers.map(\.kind) == [.openai])
        #expect(configuration.providers.first?.baseURL == environment["OPENAI_BASE_URL"])
        #expect(configuration.providers.first?.apiKey == key)
        #expect(configuration.defaultProvider == "openai")
    }

    @Test("GAI_* overrides apply to the defaults too")
    func overridesOnDefaults() throws {
        let configuration = try loader(["GAI_SERVER_PORT": "7000"]).load(path: nil)
        #expect(configuration.server.port == 7000)
    }

    @Test("an unreadable file is one issue naming the file")
    func unreadableFile() {
        do {
            _ = try loader().load(path: "/nonexistent/gai.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues.first?.file == "/nonexistent/gai.yaml")
            #expect(error.issues.first?.message.contains("cannot read the file") == true)
        }
    }
}

@Suite("ConfigurationLoader: validation")
struct ConfigurationValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var key: String
        var message: String
        var testDescription: String { name }
    }

    static let mock = "providers: [ { name: mock, kind: mock } ]\n"

    static let cases: [Case] = [
        Case(name: "typo server.prot", yaml: mock + "server:\n  prot: 8080\n", key: "server.prot", message: "unknown key"),
        Case(name: "unknown top-level section", yaml: mock + "cache:\n  enabled: true\n", key: "cache.enabled", message: "unknown key"),
        Case(
            name: "unknown provider key", yaml: "providers: [ { name: mock, kind: mock, apikey: x } ]", key: "providers[0].apikey",
            message: "unknown key"),
        Case(name: "port out of range", yaml: mock + "server:\n  port: 70000\n", key: "server.port", message: "between 0 and 65535, got 70000"),
        Case(name: "negative port", yaml: mock + "server:\n  port: -1\n", key: "server.port", message: "between 0 and 65535"),
        Case(name: "port not an integer", yaml: mock + "server:\n  port: eighty\n", key: "server.port", message: "expected an integer, got 'eighty'"),
        Case(name: "fractional port", yaml: mock + "server:\n  port: 80.5\n", key: "server.port", message: "expected an integer"),
        Case(name: "threads 0", yaml: mock + "server:\n  threads: 0\n", key: "server.threads", message: "between 1 and 256, got 0"),
        Case(name: "bad log level", yaml: mock + "logging:\n  level: verbose\n", key: "logging.level", message: "must be one of"),
        Case(
            name: "log flush interval 0", yaml: mock + "logging:\n  flush_interval_ms: 0\n", key: "logging.flush_interval_ms",
            message: "between 1 and 1000, got 0"),
        Case(
            name: "azure without api_version", yaml: "providers: [ { name: az, kind: azure, base_url: \"https://r.openai.azure.com\" } ]",
            key: "providers[0].api_version", message: "is required for kind azure"),
        Case(
            name: "unknown kind", yaml: "providers: [ { name: x, kind: cohere } ]", key: "providers[0].kind",
            message: "must be openai, azure, anthropic, gemini or mock, got 'cohere'"),
        Case(name: "missing kind", yaml: "providers: [ { name: x } ]", key: "providers[0].kind", message: "is required"),
        Case(name: "missing name", yaml: "providers: [ { kind: mock } ]", key: "providers[0].name", message: "is required"),
        Case(
            name: "name with a slash", yaml: "providers: [ { name: a/b, kind: mock } ]", key: "providers[0].name",
            message: "may hold only"),
        Case(
            name: "openai without base_url", yaml: "providers: [ { name: o, kind: openai, api_key: k } ]", key: "providers[0].base_url",
            message: "is required for kind openai"),
        Case(
            name: "base_url not a URL", yaml: "providers: [ { name: o, kind: openai, base_url: not a url } ]",
            key: "providers[0].base_url", message: "must be an http or https URL, got 'not a url'"),
        Case(
            name: "base_url with another scheme", yaml: "providers: [ { name: o, kind: openai, base_url: 'ftp://example.com/v1' } ]",
            key: "providers[0].base_url", message: "must be an http or https URL"),
        Case(
            name: "duplicate provider names", yaml: "providers: [ { name: mock, kind: mock }, { name: mock, kind: mock } ]",
            key: "providers[1].name", message: "the name 'mock' is used twice"),
        Case(
            name: "deployment naming an unknown provider",
            yaml: mock + "models:\n  - name: gpt-4o\n    deployments: [ { provider: nope, model: gpt-4o } ]\n",
            key: "models[0].deployments[0].provider", message: "no provider is named 'nope'"),
        Case(
            name: "model without deployments", yaml: mock + "models:\n  - name: gpt-4o\n", key: "models[0].deployments",
            message: "needs at least one deployment"),
        Case(
            name: "duplicate model names",
            yaml: mock + "models:\n  - name: a\n    deployments: [ { provider: mock } ]\n  - name: a\n    deployments: [ { provider: mock } ]\n",
            key: "models[1].name", message: "defined twice"),
        Case(
            name: "unknown default provider", yaml: mock + "routing:\n  default_provider: openai\n", key: "routing.default_provider",
            message: "no provider is named 'openai'"),
        Case(name: "no providers", yaml: "server:\n  port: 8080\n", key: "providers", message: "at least one provider is required"),
        Case(name: "empty document", yaml: "", key: "providers", message: "at least one provider is required"),
        Case(name: "invalid YAML", yaml: "server: [unclosed\n", key: "", message: "not valid YAML"),
        Case(name: "top level is a list", yaml: "- name: mock\n  kind: mock\n", key: "", message: "the top level must be a mapping"),
        Case(name: "top level is a scalar", yaml: "just text", key: "", message: "the top level must be a mapping"),
    ]

    @Test("each problem is reported with the file, the key and a message", arguments: cases)
    func issue(_ testCase: Case) {
        let found = issues(testCase.yaml, file: "conf/gai.yaml")
        let match = found.first { $0.key == testCase.key && $0.message.contains(testCase.message) }
        #expect(match != nil, "issues: \(found.map(\.description))")
        #expect(found.allSatisfy { $0.file == "conf/gai.yaml" })
        if let match {
            #expect(match.description == (match.key.isEmpty ? "conf/gai.yaml: \(match.message)" : "conf/gai.yaml: \(match.key): \(match.message)"))
        }
    }

    @Test("every problem is reported at once, not just the first")
    func allAtOnce() {
        let yaml = """
            server:
              prot: 8080
              port: 99999
              threads: 0
            providers:
              - name: claude
                kind: cohere
              - name: o
                kind: openai
              - name: o
                kind: mock
            models:
              - name: m
                deployments: [ { provider: ghost } ]
            routing:
              default_provider: nobody
            """
        let found = issues(yaml)
        let keys = Set(found.map(\.key))
        #expect(
            keys == [
                "server.prot", "server.port", "server.threads", "providers[0].kind", "providers[1].base_url", "providers[2].name",
                "models[0].deployments[0].provider", "routing.default_provider",
            ], "issues: \(found.map(\.description))")
        #expect(found.count == 8)
    }
}
