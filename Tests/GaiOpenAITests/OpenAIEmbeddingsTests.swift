import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("OpenAIProvider: embeddings")
struct OpenAIEmbeddingsTests {
    func embeddingsContext(_ body: String) throws -> (EmbeddingsRequest, ProviderContext) {
        let request = try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: Array(body.utf8))
        return (request, ProviderContext(requestID: try #require(RequestID(clientValue: "emb-1")), originalBody: ByteBuffer(string: body), clientModel: request.model))
    }

    @Test("the client's body goes to /embeddings unchanged and the float answer is decoded")
    func floatAnswer() async throws {
        let body = try fixture("embeddings-request.json")
        let answer = try fixture("embeddings-float.json")
        let mock = transport(body: answer)
        let (request, context) = try embeddingsContext(body)
        let result = try await makeProvider(mock).embeddings(request, context: context)

        let sent = try #require(mock.requests.first)
        #expect(sent.url == "https://api.openai.com/v1/embeddings")
        #expect(sent.method == .POST)
        #expect(string(sent.body) == body)
        #expect(sent.headers["authorization"] == ["Bearer sk-test-key"])
        #expect(sent.headers["x-request-id"] == ["emb-1"])

        #expect(result.rawBody == ByteBuffer(string: answer))
        #expect(try result.value.model == "text-embedding-3-small")
        #expect(try result.value.data.map(\.index) == [0, 1])
        #expect(try result.value.data.map(\.embedding) == [
                .floats([0.0023064255, -0.009327292, -0.0028842222]), .floats([0.015843821, 0.0012487136, -0.025617672]),
            ])
        #expect(try result.value.usage == EmbeddingsUsage(promptTokens: 11, totalTokens: 11))
    }

    @Test("a base64 answer is kept as base64 and holds little-endian float32")
    func base64Answer() async throws {
        let answer = try fixture("embeddings-base64.json")
        let (request, context) = try embeddingsContext(#"{"model":"text-embedding-3-small","input":"hi","encoding_format":"base64"}"#)
        let result = try await makeProvider(transport(body: answer)).embeddings(request, context: context)
        #expect(result.rawBody == ByteBuffer(string: answer))
        let vector = try #require(try result.value.data.first?.embedding)
        #expect(vector == .base64("AACAPwAAAMAAAEBA"))
        #expect(vector == EmbeddingVector.base64(of: [1, -2, 3]))
    }

    @Test("a rewritten model re-encodes the body, unknown members kept")
    func rewrittenModel() async throws {
        let body = try fixture("embeddings-request.json")
        let mock = transport(body: try fixture("embeddings-float.json"))
        var (request, context) = try embeddingsContext(body)
        request.model = "text-embedding-3-large"
        _ = try await makeProvider(mock).embeddings(request, context: context)
        let sent = try parsedJSON(try #require(mock.requests.first).body)
        guard case .object(var expected) = try parsedJSON(body) else {
            Issue.record("the fixture is not an object")
            return
        }
        expected["model"] = .string("text-embedding-3-large")
        #expect(sent == .object(expected))
    }

    @Test("an answer that is not an embeddings list is provider_unavailable")
    func invalidAnswer() async throws {
        let (request, context) = try embeddingsContext(#"{"model":"m","input":"hi"}"#)
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(transport(body: try fixture("chat-completion.json"))).embeddings(request, context: context)
        }
        #expect(error.code == .providerUnavailable)
        #expect(error.message.contains("EmbeddingsResponse"))
    }
}
