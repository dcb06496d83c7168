import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("Azure OpenAI (kind: azure)")
struct AzureOpenAITests {
    static func azure(_ transport: MockTransport) -> OpenAIProvider {
        OpenAIProvider(
            configuration: OpenAIConfiguration(
                name: "az", baseURL: "https://res.openai.azure.com/", apiKey: "azure-key", azureAPIVersion: "2024-10-21"),
            transport: transport)
    }

    @Test func chatGoesToTheDeploymentWithTheAPIVersionAndTheAPIKeyHeader() async throws {
        let upstream = transport(body: try fixture("chat-completion.json"))
        let provider = Self.azure(upstream)
        #expect(provider.kind == "azure")
        var (request, context) = try clientRequest(simpleRequestBody)
        request.model = "my-gpt4o-deployment"
        _ = try await provider.chatCompletion(request, context: context)
        let sent = try #require(upstream.requests.first)
        #expect(sent.url == "https://res.openai.azure.com/openai/deployments/my-gpt4o-deployment/chat/completions?api-version=2024-10-21")
        #expect(sent.headers.first(name: "api-key") == "azure-key")
        #expect(sent.headers.first(name: "authorization") == nil)
    }

    @Test func embeddingsUseTheDeploymentPathToo() async throws {
        let answer = #"{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.5]}],"model":"e","usage":{"prompt_tokens":1,"total_tokens":1}}"#
        let upstream = transport(body: answer)
        let request = EmbeddingsRequest(model: "embed deployment", input: .text("x"))
        _ = try await Self.azure(upstream).embeddings(request, context: ProviderContext())
        #expect(upstream.requests.first?.url == "https://res.openai.azure.com/openai/deployments/embed%20deployment/embeddings?api-version=2024-10-21")
    }

    @Test func aStreamIsDecodedLikeOpenAI() async throws {
        let upstream = transport(body: try fixture("chat-stream-tool-call-with-usage.sse"))
        let (request, context) = try clientRequest(streamingRequestBody)
        var chunks = 0
        for try await _ in try await Self.azure(upstream).streamChatCompletion(request, context: context) { chunks += 1 }
        #expect(chunks > 3)
        #expect(upstream.requests.first?.url.hasSuffix("/chat/completions?api-version=2024-10-21") == true)
    }
}
