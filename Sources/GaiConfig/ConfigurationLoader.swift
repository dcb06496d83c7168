import Configuration
import Foundation
import GaiRouting
import NIOCore

/// Builds a ``GaiConfiguration`` from a YAML file (or the built-in defaults) with `GAI_*`
/// environment variables layered on top, read through swift-configuration.
///
/// Environment names are the upper-snake form of the dotted key under `GAI_`:
/// `server.port` → `GAI_SERVER_PORT`, `providers[0].api_key` → `GAI_PROVIDERS_0_API_KEY`.
public struct ConfigurationLoader: Sendable {
    public var environment: [String: String]
    /// The number of cores the process may use, the default for `server.threads`.
    public var availableCores: Int

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, availableCores: Int = System.coreCount) {
        self.environment = environment
        self.availableCores = availableCores
    }

    /// Loads `path`, or with `nil` the defaults: an OpenAI provider when `OPENAI_API_KEY` or
    /// `OPENAI_BASE_URL` is set, otherwise the built-in mock.
    public func load(path: String?) throws(ConfigErrors) -> GaiConfiguration {
        if let path {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ConfigErrors(issues: [ConfigIssue(file: path, key: "", message: "cannot read the file: \(error.localizedDescription)")])
            }
            return try load(yaml: text, file: path)
        }
        return try load(yaml: defaultYAML(), file: "<defaults>")
    }

    /// The configuration used when no file is given.
    public func defaultYAML() -> String {
        if environment["OPENAI_API_KEY"] != nil || environment["OPENAI_BASE_URL"] != nil {
            return """
                providers:
                  - name: openai
                    kind: openai
                    base_url: ${OPENAI_BASE_URL:-https://api.openai.com/v1}
                    api_key: ${OPENAI_API_KEY:-}
                routing:
                  default_provider: openai
                """
        }
        return """
            providers:
              - name: mock
                kind: mock
            models:
              - name: gpt-4o-mini
                deployments: [ { provider: mock, model: gpt-4o-mini } ]
              - name: gpt-4o
                deployments: [ { provider: mock, model: gpt-4o } ]
              - name: text-embedding-3-small
                deployments: [ { provider: mock, model: text-embedding-3-small } ]
            routing:
              default_provider: mock
            """
    }

    /// Parses and validates a YAML document; every problem is reported, not just the first.
    public func load(yaml text: String, file: String) throws(ConfigErrors) -> GaiConfiguration {
        var flattener = YAMLFlattener(file: file, environment: environment)
        flattener.flatten(yaml: text)
        var issues = flattener.issues
        for key in flattener.values.keys.sorted() where !ConfigKeys.isKnown(key) {
            issues.append(ConfigIssue(file: file, key: ConfigKeys.display(key), message: "unknown key"))
        }

        var overrides: [String: String] = [:]
        for (name, value) in environment where name.hasPrefix("GAI_") {
            overrides[String(name.dropFirst(4))] = value
        }
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value) in flattener.values {
            values[AbsoluteConfigKey(key.split(separator: ".").map(String.init))] = ConfigValue(.string(value), isSecret: key.hasSuffix("api_key") || key == "admin_key" || key == "stores.redis_url" || key == "stores.postgres_url" || key.hasPrefix("tracing.headers."))
        }
        let reader = ConfigReader(providers: [
            EnvironmentVariablesProvider(
                environmentVariables: overrides,
                secretsSpecifier: .dynamic { name, _ in name.contains("KEY") || name.contains("SECRET") || name.contains("TOKEN") }),
            InMemoryProvider(name: file, values: values),
        ])
        var scope = ConfigScope(reader: reader, file: file, flatValues: flattener.values)
        let configuration = scope.build(listCounts: flattener.listCounts, availableCores: availableCores)
        issues += scope.issues
        guard issues.isEmpty else { throw ConfigErrors(issues: issues) }
        return configuration
    }
}

/// Reads typed values with precise errors.
struct ConfigScope {
    let reader: ConfigReader
    let file: String
    /// The file's own keys, for free-form maps such as `headers`.
    let flatValues: [String: String]
    var issues: [ConfigIssue] = []

    init(reader: ConfigReader, file: String, flatValues: [String: String]) {
        self.reader = reader
        self.file = file
        self.flatValues = flatValues
    }

    mutating func fail(_ key: String, _ message: String) {
        issues.append(ConfigIssue(file: file, key: ConfigKeys.display(key), message: message))
    }

    func string(_ key: String, secret: Bool = false) -> String? {
        reader.string(forKey: ConfigKey(key.split(separator: ".").map(String.init)), isSecret: secret)
    }

    mutating func int(_ key: String, default value: Int, in range: ClosedRange<Int>) -> Int {
        guard let text = string(key) else { return value }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
            fail(key, "expected an integer, got '\(text)'")
            return value
        }
        guard range.contains(number) else {
            fail(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
            return value
        }
        return number
    }

    mutating func build(listCounts: [String: Int], availableCores: Int) -> GaiConfiguration {
        var server = GaiConfiguration.Server(threads: max(1, availableCores))
        server.host = string("server.host") ?? server.host
        server.port = int("server.port", default: server.port, in: 0...65_535)
        server.threads = int("server.threads", default: server.threads, in: 1...256)
        server.maxBodyBytes = int("server.max_body_bytes", default: server.maxBodyBytes, in: 1024...(1 << 30))
        server.requestTimeoutMilliseconds = int("server.request_timeout_ms", default: server.requestTimeoutMilliseconds, in: 1...86_400_000)
        server.shutdownGraceMilliseconds = int("server.shutdown_grace_ms", default: server.shutdownGraceMilliseconds, in: 0...3_600_000)

        var logging = GaiConfiguration.Logging()
        if let level = string("logging.level") {
            if ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) {
                logging.level = level
            } else {
                fail("logging.level", "must be one of trace, debug, info, notice, warning, error, critical; got '\(level)'")
            }
        }
        logging.flushIntervalMilliseconds = int("logging.flush_interval_ms", default: logging.flushIntervalMilliseconds, in: 1...1000)

        var providers: [GaiConfiguration.Provider] = []
        for index in 0..<(listCounts["providers"] ?? 0) {
            if let provider = buildProvider(index) {
                if providers.contains(where: { $0.name == provider.name }) {
                    fail("providers.\(index).name", "the name '\(provider.name)' is used twice")
                } else {
                    providers.append(provider)
                }
            }
        }
        let providerNames = Set(providers.map(\.name))

        var models: [ModelRoute] = []
        var prefixes: [String: String] = [:]
        for index in 0..<(listCounts["models"] ?? 0) {
            let prefix = "models.\(index)"
            guard let name = string("\(prefix).name"), !name.isEmpty else {
                fail("\(prefix).name", "is required")
                continue
            }
            if models.contains(where: { $0.name == name }) {
                fail("\(prefix).name", "the model '\(name)' is defined twice")
                continue
            }
            var deployments: [Deployment] = []
            let count = listCounts["\(prefix).deployments"] ?? 0
            if count == 0 { fail("\(prefix).deployments", "needs at least one deployment") }
            for deploymentIndex in 0..<count {
                let key = "\(prefix).deployments.\(deploymentIndex)"
                guard let provider = string("\(key).provider") else {
                    fail("\(key).provider", "is required")
                    continue
                }
                guard providerNames.contains(provider) else {
                    fail("\(key).provider", "no provider is named '\(provider)'")
                    continue
                }
                let model = string("\(key).model") ?? name
                deployments.append(
                    Deployment(
                        provider: provider, model: model,
                        weight: double("\(key).weight", default: 1, in: 0...1_000_000),
                        quality: int("\(key).quality", default: 0, in: -1_000_000...1_000_000)))
            }
            let streamFormat = string("\(prefix).stream_format")
            if let streamFormat, !["openai", "gai.events.v1"].contains(streamFormat) {
                fail("\(prefix).stream_format", "must be 'openai' or 'gai.events.v1', got '\(streamFormat)'")
            }
            models.append(ModelRoute(name: name, deployments: deployments, streamFormat: streamFormat, policy: routePolicy(prefix)))
            prefixes[name] = prefix
        }
        checkFallbackTargets(models, prefixes: prefixes)

        let defaultProvider = string("routing.default_provider")
        if let defaultProvider, !providerNames.contains(defaultProvider) {
            fail("routing.default_provider", "no provider is named '\(defaultProvider)'")
        }
        if providers.isEmpty {
            fail("providers", "at least one provider is required")
        }
        var configuration = GaiConfiguration(
            server: server, logging: logging, providers: providers, models: models, defaultProvider: defaultProvider, source: file)
        applyGatewayKeys(to: &configuration, listCounts: listCounts)
        return configuration
    }

    mutating func buildProvider(_ index: Int) -> GaiConfiguration.Provider? {
        let prefix = "providers.\(index)"
        guard let name = string("\(prefix).name"), !name.isEmpty else {
            fail("\(prefix).name", "is required")
            return nil
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            fail("\(prefix).name", "may hold only letters, digits, '-', '_' and '.' (got '\(name)')")
            return nil
        }
        guard let kindName = string("\(prefix).kind") else {
            fail("\(prefix).kind", "is required (openai, azure, anthropic, gemini or mock)")
            return nil
        }
        guard let kind = GaiConfiguration.Provider.Kind(rawValue: kindName) else {
            fail("\(prefix).kind", "must be openai, azure, anthropic, gemini or mock, got '\(kindName)'")
            return nil
        }
        var provider = GaiConfiguration.Provider(name: name, kind: kind)
        provider.apiKey = string("\(prefix).api_key", secret: true)
        provider.timeoutMilliseconds = int("\(prefix).timeout_ms", default: provider.timeoutMilliseconds, in: 1...86_400_000)
        provider.maxResponseBytes = int("\(prefix).max_response_bytes", default: provider.maxResponseBytes, in: 1024...(1 << 31))
        provider.reply = string("\(prefix).reply")
        provider.headers = Self.headers(from: flatValues, prefix: "\(prefix).headers.")
        provider.streamDelayMilliseconds = int("\(prefix).stream_delay_ms", default: provider.streamDelayMilliseconds, in: 0...60_000)
        provider.embeddingDimensions = int("\(prefix).embedding_dimensions", default: provider.embeddingDimensions, in: 1...65_536)
        if let baseURL = string("\(prefix).base_url") {
            if let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil {
                provider.baseURL = baseURL
            } else {
                fail("\(prefix).base_url", "must be an http or https URL, got '\(baseURL)'")
            }
        } else if kind == .openai || kind == .azure {
            fail("\(prefix).base_url", "is required for kind \(kind.rawValue)")
        }
        provider.faults = faults(prefix, kind: kind)
        provider.apiVersion = string("\(prefix).api_version")
        provider.anthropicVersion = string("\(prefix).anthropic_version") ?? provider.anthropicVersion
        provider.defaultMaxTokens = int("\(prefix).default_max_tokens", default: provider.defaultMaxTokens, in: 1...1_000_000)
        if kind == .azure, provider.apiVersion == nil {
            fail("\(prefix).api_version", "is required for kind azure (e.g. 2024-10-21)")
        }
        return provider
    }
}
