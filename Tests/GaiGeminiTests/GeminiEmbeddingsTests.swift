import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("GeminiProvider: embeddings")
struct GeminiEmbeddingsTests {
    static let answer = #"{"embeddings":[{"values":[0.25,-1.5,3]},{"values":[1,0,-0.5]}]}"#

    func embed(_ body: String, reply: MockTransport.Reply = .init(body: answer)) async throws -> (Result<EmbeddingsResponse, GaiError>, MockTransport) {
        let mock = MockTransport(replies: [reply])
        let request = try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: Array(body.utf8))
        do {
            let result = try await makeProvider(mock).embeddings(request, context: ProviderContext())
            #expect(result.usage == nil)
            return (.success(try result.value), mock)
        } catch {
            return (.failure(error), mock)
        }
    }

    @Test("texts are embedded with :batchEmbedContents, one request per input")
    func texts() async throws {
        let (result, mock) = try await embed(#"{"model":"text-embedding-004","input":["a","b"],"dimensions":3}"#)
        let response = try result.get()
        #expect(response.model == "text-embedding-004")
        #expect(response.data.map(\.index) == [0, 1])
        #expect(response.data.map(\.embedding) == [.floats([0.25, -1.5, 3]), .floats([1, 0, -0.5])])
        let sent = try #require(mock.requests.first)
        #expect(sent.url == "https://generativelanguage.googleapis.com/v1beta/models/text-embedding-004:batchEmbedContents")
        #expect(sent.headers["x-goog-api-key"] == [testAPIKey])
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(sent.body).readableBytesView))
        #expect(body == (try parsedJSON(#"""
            {"requests":[{"model":"models/text-embedding-004","content":{"parts":[{"text":"a"}]},"outputDimensionality":3},
                         {"model":"models/text-embedding-004","content":{"parts":[{"text":"b"}]},"outputDimensionality":3}]}
            """#)))
    }

    @Test("encoding_format base64 encodes the floats as little-endian float32")
    func base64() async throws {
        let (result, _) = try await embed(
            #"{"model":"text-embedding-004","input":"a","encoding_format":"base64"}"#,
            reply: .init(body: #"{"embeddings":[{"values":[1.0]}]}"#))
        #expect(try result.get().data.first?.embedding == .base64("AACAPw=="))
    }

    @Test("token inputs are unsupported and nothing is sent")
    func tokens() async throws {
        let (result, mock) = try await embed(#"{"model":"text-embedding-004","input":[1,2,3]}"#)
        #expect(throws: GaiError.self) { try result.get() }
        if case .failure(let error) = result { #expect(error.code == .unsupported) }
        #expect(mock.requests.isEmpty)
    }

    @Test("a vector count that does not match the inputs is provider_unavailable")
    func countMismatch() async throws {
        let (result, _) = try await embed(#"{"model":"text-embedding-004","input":["a","b","c"]}"#)
        guard case .failure(let error) = result else {
            Issue.record("embeddings succeeded")
            return
        }
        #expect(error.code == .providerUnavailable)
    }

    @Test("an upstream error is classified")
    func upstreamError() async throws {
        let (result, _) = try await embed(
            #"{"model":"text-embedding-004","input":"a"}"#, reply: .init(status: 404, body: try fixture("error-404-unknown-model.json")))
        guard case .failure(let error) = result else {
            Issue.record("embeddings succeeded")
            return
        }
        #expect(error.code == .notFound)
    }
}
