import ArgumentParser
import Foundation
import GaiConfig
import GaiAnthropic
import GaiCore
import GaiGateway
import GaiGemini
import GaiMock
import GaiOpenAI
import GaiProviderKit
import GaiRouting
import GaiTelemetry
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// `gai serve`: runs the gateway until SIGTERM or SIGINT, then drains in-flight requests.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the gateway.")

    @Option(name: .long, help: "The YAML configuration file. Without it: OPENAI_API_KEY/OPENAI_BASE_URL if set, else the built-in mock.")
    var config: String?

    @Option(name: .long, help: "The address to listen on (overrides server.host).")
    var host: String?

    @Option(name: .long, help: "The port to listen on (overrides server.port; 0 picks a free one).")
    var port: Int?

    func run() throws {
        try runBlocking()
    }

    /// Loads the configuration, puts Swift Concurrency on NIO's event loops (`server.threads` of
    /// them), then serves until shutdown.
    func runBlocking() throws {
        var configuration: GaiConfiguration
        do {
            configuration = try ConfigurationLoader().load(path: config)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if let host { configuration.server.host = host }
        if let port { configuration.server.port = port }

        NIOSingletons.groupLoopCountSuggestion = configuration.server.threads
        let executorInstalled = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let group = MultiThreadedEventLoopGroup.singleton
        let serving = configuration
        try group.any().makeFutureWithTask {
            try await Self.serve(serving, eventLoopGroup: group, executorInstalled: executorInstalled)
        }.wait()
    }

    static func serve(_ configuration: GaiConfiguration, eventLoopGroup: MultiThreadedEventLoopGroup, executorInstalled: Bool) async throws {
        let logWriter = LogWriter()
        let level = Logger.Level(rawValue: configuration.logging.level) ?? .info
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level, writer: logWriter) }
        let logger = Logger(label: "gai")
        defer { logWriter.flush() }

        if !executorInstalled {
            logger.warning("NIO could not be installed as the concurrency executor; requests will hop between thread pools")
        }
        // Plain-HTTP upstreams (local vLLM, Ollama, llama.cpp, sidecars) take the lean SwiftNIO
        // pool on the request's own event loop; TLS upstreams take AsyncHTTPClient.
        let plainTransport = NIOHTTPTransport(eventLoopGroup: eventLoopGroup)
        let tlsTransport = AsyncHTTPClientTransport(eventLoopGroup: eventLoopGroup)
        let transport = RoutingTransport(plain: plainTransport, tls: tlsTransport)
        let providers = Self.makeProviders(configuration, transport: transport, logger: logger)
        let registry = ModelRegistry(
            routes: configuration.models, providerNames: Set(providers.map(\.name)), defaultProvider: configuration.defaultProvider)
        let gateway = Gateway(
            configuration: GatewayConfiguration(
                maxBodyBytes: configuration.server.maxBodyBytes,
                requestTimeout: .milliseconds(configuration.server.requestTimeoutMilliseconds)),
            modelRouter: ModelRouter(registry: registry, providers: providers),
            logger: logger)

        let server = configuration.server
        let source = configuration.source
        let application = Application(
            router: gateway.makeRouter(),
            server: Gateway.httpServer(),
            configuration: .init(address: .hostname(server.host, port: server.port), serverName: nil),
            onServerRunning: { channel in
                logger.notice(
                    "gai is listening",
                    metadata: [
                        "address": .string(channel.localAddress?.description ?? "?"),
                        "port": .stringConvertible(channel.localAddress?.port ?? 0),
                        "threads": .stringConvertible(server.threads),
                        "config": .string(source),
                        "version": .string(GaiCommand.version),
                    ])
            },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: logger)

        var groupConfiguration = ServiceGroupConfiguration(
            services: [
                .init(service: TransportService(plain: plainTransport, tls: tlsTransport)),
                .init(service: application),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(server.shutdownGraceMilliseconds)
        let serviceGroup = ServiceGroup(configuration: groupConfiguration)
        try await serviceGroup.run()
        logger.notice("gai stopped")
    }

    static func makeProviders(_ configuration: GaiConfiguration, transport: any HTTPTransport, logger: Logger) -> [any ChatProvider] {
        configuration.providers.map { provider -> any ChatProvider in
            let headers = provider.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            switch provider.kind {
            case .openai, .azure:
                return OpenAIProvider(
                    configuration: OpenAIConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? "", apiKey: provider.apiKey,
                        extraHeaders: headers,
                        timeout: .milliseconds(provider.timeoutMilliseconds),
                        maxResponseBytes: provider.maxResponseBytes,
                        azureAPIVersion: provider.kind == .azure ? provider.apiVersion : nil),
                    transport: transport)
            case .anthropic:
                return AnthropicProvider(
                    configuration: AnthropicConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? "https://api.anthropic.com/v1", apiKey: provider.apiKey,
                        anthropicVersion: provider.anthropicVersion, extraHeaders: headers,
                        timeout: .milliseconds(provider.timeoutMilliseconds), maxResponseBytes: provider.maxResponseBytes,
                        defaultMaxTokens: provider.defaultMaxTokens),
                    transport: transport)
            case .gemini:
                return GeminiProvider(
                    configuration: GeminiConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? GeminiConfiguration.defaultBaseURL, apiKey: provider.apiKey,
                        extraHeaders: headers, timeout: .milliseconds(provider.timeoutMilliseconds),
                        maxResponseBytes: provider.maxResponseBytes),
                    transport: transport)
            case .mock:
                logger.warning(
                    "provider '\(provider.name)' is the built-in MOCK: answers are generated locally, no model is called",
                    metadata: ["provider": .string(provider.name)])
                return MockProvider(
                    configuration: .init(
                        name: provider.name, reply: provider.reply, streamDelay: .milliseconds(provider.streamDelayMilliseconds),
                        embeddingDimensions: provider.embeddingDimensions))
            }
        }
    }
}

/// Keeps the shared upstream transports alive for the gateway's lifetime and closes their
/// pools last, after the server has drained.
struct TransportService: Service {
    let plain: NIOHTTPTransport
    let tls: AsyncHTTPClientTransport

    func run() async throws {
        try? await gracefulShutdown()
        await plain.shutdown()
        try await tls.shutdown()
    }
}
