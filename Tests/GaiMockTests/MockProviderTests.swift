import Foundation
import GaiCore
import Testing

@testable import GaiMock

/// A clock that never waits and records how long it was asked to sleep.
final class RecordingClock: Clock, @unchecked Sendable {
    // Only touched by the single task iterating the stream under test.
    private(set) var slept: [Duration] = []
    var now: ContinuousClock.Instant { ContinuousClock.now }
    var minimumResolution: Duration { .zero }
    func sleep(until deadline: ContinuousClock.Instant, tolerance: Duration?) async throws {
        slept.append(deadline - .now)
    }
}

@Suite struct MockProviderTests {
    static func request(_ text: String, stream: Bool = false) -> ChatRequest {
        ChatRequest(model: "echo", messages: [
            ChatMessage(role: .system, content: .text("be brief")),
            ChatMessage(role: .user, content: .text(text)),
        ], stream: stream)
    }

    @Test func echoesTheLastUserMessageWithWordCountUsage() async throws {
        let provider = MockProvider(configuration: .init(streamDelay: .zero))
        let result = try await provider.chatCompletion(Self.request("hello  big world"), context: ProviderContext())
        let completion = try result.value
        #expect(completion.choices.first?.message.text == "hello  big world")
        #expect(completion.choices.first?.finishReason == .stop)
        #expect(result.usage?.promptTokens == 5)
        #expect(result.usage?.completionTokens == 3)
        #expect(result.usage?.totalTokens == 8)
    }

    @Test func configuredReplyWins() async throws {
        let provider = MockProvider(configuration: .init(reply: "fixed answer", streamDelay: .zero))
        let completion = try await provider.chatCompletion(Self.request("anything"), context: ProviderContext()).value
        #expect(completion.choices.first?.message.text == "fixed answer")
    }

    @Test(arguments: ["one", "one two three", " leading and trailing ", "tabs\tand\nnewlines", ""])
    func wordPiecesConcatenateToTheReply(text: String) {
        #expect(MockProvider.wordPieces(text).joined() == text)
    }

    @Test func streamsWordByWordWithTheConfiguredPauseAndUsage() async throws {
        let clock = RecordingClock()
        let provider = MockProvider(configuration: .init(streamDelay: .milliseconds(40)), clock: clock)
        var request = Self.request("alpha beta gamma", stream: true)
        request.streamOptions = StreamOptions(includeUsage: true)
        var chunks: [ChatCompletionChunk] = []
        for try await chunk in try await provider.streamChatCompletion(request, context: ProviderContext()) {
            chunks.append(chunk.chunk)
        }
        #expect(chunks.first?.choices.first?.delta.role == .assistant)
        #expect(chunks.compactMap { $0.choices.first?.delta.content }.joined() == "alpha beta gamma")
        #expect(chunks.dropLast().last?.choices.first?.finishReason == .stop)
        #expect(chunks.last?.choices.isEmpty == true)
        #expect(chunks.last?.usage?.completionTokens == 3)
        #expect(clock.slept.count == 3, "one pause before each word")
    }

    @Test func noUsageChunkUnlessAsked() async throws {
        let provider = MockProvider(configuration: .init(streamDelay: .zero))
        var chunks: [ChatCompletionChunk] = []
        for try await chunk in try await provider.streamChatCompletion(Self.request("a b", stream: true), context: ProviderContext()) {
            chunks.append(chunk.chunk)
        }
        #expect(chunks.allSatisfy { $0.usage == nil })
    }

    @Test func embeddingsAreDeterministicUnitVectorsOfTheConfiguredSize() async throws {
        let provider = MockProvider(configuration: .init(embeddingDimensions: 16))
        let request = EmbeddingsRequest(model: "e", input: .texts(["same", "other", "same"]))
        let response = try await provider.embeddings(request, context: ProviderContext()).value
        let vectors = response.data.map { item -> [Float] in
            if case .floats(let values) = item.embedding { return values }
            return []
        }
        #expect(vectors.map(\.count) == [16, 16, 16])
        #expect(vectors[0] == vectors[2])
        #expect(vectors[0] != vectors[1])
        let norm = vectors[0].reduce(0) { $0 + $1 * $1 }
        #expect(abs(norm - 1) < 1e-4)
    }

    @Test func base64EmbeddingsDecodeToTheFloatVector() async throws {
        let provider = MockProvider(configuration: .init(embeddingDimensions: 8))
        let floats = try await provider.embeddings(EmbeddingsRequest(model: "e", input: .text("x")), context: ProviderContext()).value
        let encoded = try await provider.embeddings(EmbeddingsRequest(model: "e", input: .text("x"), encodingFormat: "base64"), context: ProviderContext()).value
        guard case .floats(let expected) = floats.data.first?.embedding, case .base64(let text) = encoded.data.first?.embedding else {
            Issue.record("unexpected embedding encodings")
            return
        }
        let data = try #require(Data(base64Encoded: text))
        let decoded = stride(from: 0, to: data.count, by: 4).map { offset in
            Float(bitPattern: UInt32(littleEndian: data[offset..<offset + 4].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
        }
        #expect(decoded == expected)
    }

    @Test(arguments: [0, 70_000])
    func dimensionsOutOfRangeAreInvalidRequests(dimensions: Int) async throws {
        let provider = MockProvider()
        var request = EmbeddingsRequest(model: "e", input: .text("x"))
        request.dimensions = dimensions
        await #expect(throws: GaiError.self) {
            _ = try await provider.embeddings(request, context: ProviderContext())
        }
    }
}
