import Foundation
import NIOCore

/// The contract every provider adapter implements: translate the unified schema to a vendor's
/// wire format and back, classify its failures into ``GaiError``. Nothing else.
public protocol ChatProvider: Sendable {
    /// The configured name (`providers[].name`), used in errors, logs and `name/model` routing.
    var name: String { get }
    /// The adapter kind (`openai`, `mock`, …).
    var kind: String { get }

    /// A complete answer. `request.model` is already the upstream's model name.
    func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion>

    /// A streamed answer. The returned stream throws only ``GaiError``.
    func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream

    /// Embeddings; providers without them throw `unsupported`.
    func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse>
}

/// A provider's answer: either decoded already (the mock), or the upstream's exact bytes, which
/// the gateway sends on unchanged (OpenAI-compatible passthrough) and decodes only if asked.
///
/// Keeping the bytes instead of decoding them saves the gateway a full decode and re-encode of
/// every answer on the hot path; ``usage`` is read by a lean probe when the bytes arrive.
public struct ProviderResult<Value: Sendable & Decodable>: Sendable {
    private let decoded: Value?
    /// The upstream's exact bytes, when they may be sent to the client as they are.
    public let rawBody: ByteBuffer?
    /// Token usage, for logs and accounting.
    public let usage: Usage?

    /// An answer built in process.
    public init(_ value: Value, usage: Usage?) {
        self.decoded = value
        self.rawBody = nil
        self.usage = usage
    }

    /// An answer passed through as bytes, decoded on demand.
    public init(rawBody: ByteBuffer, usage: Usage?) {
        self.decoded = nil
        self.rawBody = rawBody
        self.usage = usage
    }

    /// The answer in the unified schema (decodes the raw bytes when there are only bytes).
    public var value: Value {
        get throws(GaiError) {
            if let decoded { return decoded }
            guard let rawBody else { throw GaiError.internal("A provider result holds neither a value nor bytes") }
            do {
                return try GaiJSON.makeDecoder().decode(Value.self, from: Data(rawBody.readableBytesView))
            } catch {
                throw GaiError(.providerUnavailable, "The upstream answer is not a valid \(Value.self)", underlying: [error])
            }
        }
    }
}

/// One chunk of a streamed answer, decoded, plus its exact JSON text for passthrough.
public struct ChatStreamChunk: Sendable {
    public var chunk: ChatCompletionChunk
    /// The upstream's JSON for this chunk, when it may be forwarded unchanged.
    public var rawJSON: ByteBuffer?

    public init(_ chunk: ChatCompletionChunk, rawJSON: ByteBuffer? = nil) {
        self.chunk = chunk
        self.rawJSON = rawJSON
    }
}

/// A streamed chat completion. Iterating pulls from the upstream; cancelling the iterating task
/// cancels the upstream request. Errors thrown while iterating are ``GaiError``s.
public struct ChatCompletionStream: AsyncSequence, Sendable {
    public typealias Element = ChatStreamChunk

    private let makeIterator: @Sendable () -> AsyncIterator

    /// Wraps any sequence of chunks.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == ChatStreamChunk {
        self.makeIterator = {
            var iterator = base.makeAsyncIterator()
            return AsyncIterator { try await iterator.next() }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { makeIterator() }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let nextChunk: () async throws -> ChatStreamChunk?

        public mutating func next() async throws -> ChatStreamChunk? {
            do {
                return try await nextChunk()
            } catch let error as GaiError {
                throw error
            } catch is CancellationError {
                throw GaiError(.network, "The stream was cancelled")
            } catch {
                throw GaiError(.internal, "Stream failed: \(error)", underlying: [error])
            }
        }
    }
}
