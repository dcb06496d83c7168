import Foundation
import GaiCore
import GaiGateway
import GaiMock
import GaiOpenAI
import GaiProviderKit
import GaiTracing
import GaiRouting
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOHTTP1
import Testing

/// Builds a gateway over an OpenAI-compatible provider fed by a ``MockTransport`` (named
/// `upstream`, serving `gpt-test`) and the built-in mock (named `mock`, serving `mock-echo`).
struct GatewayFixture {
    let transport: MockTransport
    let gateway: Gateway

    init(
        replies: [MockTransport.Reply] = [], extraProviders: [any ChatProvider] = [], maxBodyBytes: Int = 64 * 1024,
        keys: KeyAuthenticator? = nil, tracing: GatewayTracing? = nil
    ) {
        let transport = MockTransport(replies: replies)
        self.init(transport: transport, extraProviders: extraProviders, maxBodyBytes: maxBodyBytes, keys: keys, tracing: tracing)
    }

    /// - Parameter tracing: spans for requests, attempts and (through ``TracingTransport``)
    ///   upstream calls, as `gai serve` wires them.
    init(
        transport: MockTransport, extraProviders: [any ChatProvider] = [], maxBodyBytes: Int = 64 * 1024, keys: KeyAuthenticator? = nil,
        tracing: GatewayTracing? = nil
    ) {
        self.transport = transport
        let upstream = OpenAIProvider(
            configuration: OpenAIConfiguration(name: "upstream", baseURL: "http://upstream.test/v1", apiKey: "sk-upstream"),
            transport: TracingTransport(base: transport, tracer: tracing?.tracer))
        let mock = MockProvider(configuration: .init(name: "mock", streamDelay: .zero, embeddingDimensions: 4))
        let providers: [any ChatProvider] = [upstream, mock] + extraProviders
        let registry = ModelRegistry(
            routes: [
                ModelRoute(name: "gpt-test", deployments: [Deployment(provider: "upstream", model: "upstream-model")], policy: Self.singleAttempt),
                ModelRoute(name: "mock-echo", deployments: [Deployment(provider: "mock", model: "echo")], policy: Self.singleAttempt),
            ] + extraProviders.map {
                ModelRoute(name: $0.name, deployments: [Deployment(provider: $0.name, model: $0.name)], policy: Self.singleAttempt)
            },
            providerNames: Set(providers.map(\.name)), defaultPolicy: Self.singleAttempt)
        self.gateway = Gateway(
            configuration: GatewayConfiguration(maxBodyBytes: maxBodyBytes, authRequired: keys != nil),
            modelRouter: ModelRouter(registry: registry, providers: providers),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            keys: keys, tracing: tracing)
    }

    /// One attempt per call: these tests count upstream requests; retries are tested in
    /// ResilienceTests.
    static let singleAttempt = RoutePolicy(retry: .none)

    func application() -> some ApplicationProtocol {
        Application(router: gateway.makeRouter(), server: Gateway.httpServer(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The parsed `{"error": {...}}` member of an error response.
    func errorObject() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return try #require(object?["error"] as? [String: Any], "no error object in \(text)")
    }

    /// The `data:` payloads of an SSE body, in order (other fields such as `id:` are skipped).
    var sseData: [String] {
        text.components(separatedBy: "\n\n").compactMap { frame in
            frame.split(separator: "\n").first { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }
    }
}

func jsonBody(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

let jsonHeaders: HTTPFields = [.contentType: "application/json"]

/// An OpenAI `chat.completion` as an upstream would send it.
let upstreamCompletion = #"""
{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"upstream-model","choices":[{"index":0,"message":{"role":"assistant","content":"Hi there","refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7},"x_vendor_field":{"kept":true}}
"""#

/// A streamed answer with a usage chunk.
let upstreamStream = [
    #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"upstream-model","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
    #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"upstream-model","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}"#,
    #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"upstream-model","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}"#,
    #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"upstream-model","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#,
    #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"upstream-model","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}"#,
]

func sseBody(_ payloads: [String], done: Bool = true) -> String {
    payloads.map { "data: \($0)\n\n" }.joined() + (done ? "data: [DONE]\n\n" : "")
}
