import GaiCore

/// A built-in, deterministic provider that needs no network and no keys.
///
/// It echoes the last user message (or answers with a configured reply), streams it word by word
/// with a configurable delay, returns embeddings of a configured dimension derived from the input,
/// and reports usage as word counts. `gai serve` uses it when no provider is configured.
public struct MockProvider: ChatProvider {
    /// Settings of `kind: mock`.
    public struct Configuration: Sendable {
        public var name: String
        /// A fixed answer; `nil` echoes the last user message.
        public var reply: String?
        /// The pause before each streamed word.
        public var streamDelay: Duration
        /// The length of embedding vectors.
        public var embeddingDimensions: Int
        /// Faults injected into every call (`providers[].faults`); a request's `x-gai-fault`
        /// replaces them when chaos is enabled.
        public var faults: FaultPlan?

        public init(
            name: String = "mock", reply: String? = nil, streamDelay: Duration = .milliseconds(20), embeddingDimensions: Int = 64,
            faults: FaultPlan? = nil
        ) {
            self.name = name
            self.reply = reply
            self.streamDelay = streamDelay
            self.embeddingDimensions = embeddingDimensions
            self.faults = faults
        }
    }

    public let configuration: Configuration
    let clock: any Clock<Duration>
    let faults: FaultInjector

    public var name: String { configuration.name }
    public var kind: String { "mock" }

    /// - Parameters:
    ///   - clock: paces streamed words and injected latency; tests inject their own.
    ///   - random: decides `probability` faults; tests inject a seeded one.
    public init(
        configuration: Configuration = Configuration(), clock: any Clock<Duration> = ContinuousClock(),
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.configuration = configuration
        self.clock = clock
        self.faults = FaultInjector(random: random)
    }

    public func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        let plan = try faultPlan(context)
        try await injectBeforeAnswer(plan, context: context)
        if plan?.malformed == true { throw malformedAnswer() }
        let reply = replyText(for: request)
        let message = ChatMessage(role: .assistant, content: .text(reply))
        let usage = usage(for: request, reply: reply)
        let completion = ChatCompletion(
            id: completionID(context), created: WallClock.nowSeconds(), model: request.model,
            choices: [.init(index: 0, message: message, finishReason: .stop)],
            usage: usage)
        return ProviderResult(completion, usage: usage)
    }

    public func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        let plan = try faultPlan(context)
        try await injectBeforeAnswer(plan, context: context)
        let reply = replyText(for: request)
        let id = completionID(context)
        let created = WallClock.nowSeconds()
        let model = request.model
        var chunks: [ChatCompletionChunk] = [
            ChatCompletionChunk(id: id, created: created, model: model, choices: [.init(index: 0, delta: .init(role: .assistant, content: ""))])
        ]
        for piece in Self.wordPieces(reply) {
            chunks.append(ChatCompletionChunk(id: id, created: created, model: model, choices: [.init(index: 0, delta: .init(content: piece))]))
        }
        chunks.append(ChatCompletionChunk(id: id, created: created, model: model, choices: [.init(index: 0, delta: .init(), finishReason: .stop)]))
        if request.includeUsage {
            chunks.append(ChatCompletionChunk(id: id, created: created, model: model, choices: [], usage: usage(for: request, reply: reply)))
        }
        var failure: (after: Int, error: GaiError)?
        if let cut = plan?.cutAfterChunks {
            failure = (cut, GaiError(.network, "The upstream provider '\(name)' closed the stream before it finished (injected cut)", provider: name))
        } else if plan?.malformed == true {
            failure = (1, GaiError(.providerUnavailable, "The upstream provider '\(name)' sent a stream chunk that is not valid JSON (injected)", provider: name))
        }
        return ChatCompletionStream(PacedChunks(chunks: chunks, delay: configuration.streamDelay, clock: clock, failure: failure))
    }

    public func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        let dimensions = request.dimensions ?? configuration.embeddingDimensions
        guard dimensions > 0, dimensions <= 65_536 else {
            throw .invalidRequest("'dimensions' must be between 1 and 65536", param: "dimensions")
        }
        let texts = request.input.texts
        let data = texts.enumerated().map { index, text in
            let vector = Self.vector(for: text, dimensions: dimensions)
            return EmbeddingsResponse.Embedding(index: index, embedding: request.wantsBase64 ? .base64(of: vector) : .floats(vector))
        }
        let tokens = texts.reduce(0) { $0 + Self.wordCount($1) }
        return ProviderResult(
            EmbeddingsResponse(data: data, model: request.model, usage: .init(promptTokens: tokens, totalTokens: tokens)),
            usage: Usage(promptTokens: tokens, completionTokens: 0))
    }

    // MARK: - Deterministic content

    func replyText(for request: ChatRequest) -> String {
        if let reply = configuration.reply { return reply }
        return request.messages.last(where: { $0.role == .user })?.text ?? ""
    }

    func usage(for request: ChatRequest, reply: String) -> Usage {
        let prompt = request.messages.reduce(0) { $0 + Self.wordCount($1.text) }
        return Usage(promptTokens: max(1, prompt), completionTokens: max(1, Self.wordCount(reply)))
    }

    func completionID(_ context: ProviderContext) -> String {
        "chatcmpl-mock-\(context.requestID.value)"
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }

    /// Pieces that concatenate to exactly `text`: each word with the whitespace before it.
    static func wordPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var inWord = false
        for character in text {
            let isSpace = character == " " || character == "\n" || character == "\t"
            if isSpace && inWord {
                pieces.append(current)
                current = ""
                inWord = false
            }
            current.append(character)
            if !isSpace { inWord = true }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// A unit-length vector seeded from the text (FNV-1a, then SplitMix64): same input, same vector.
    static func vector(for text: String, dimensions: Int) -> [Float] {
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            seed = (seed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var values = [Float](repeating: 0, count: dimensions)
        var norm: Float = 0
        for index in 0..<dimensions {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var mixed = seed
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            let value = Float(Double(mixed >> 11) / Double(1 << 53)) * 2 - 1
            values[index] = value
            norm += value * value
        }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        return values.map { $0 * scale }
    }
}

/// Emits prepared chunks, pausing before each content chunk.
struct PacedChunks: AsyncSequence, Sendable {
    typealias Element = ChatStreamChunk
    let chunks: [ChatCompletionChunk]
    let delay: Duration
    let clock: any Clock<Duration>
    /// An injected failure after this many chunks.
    var failure: (after: Int, error: GaiError)?

    func makeAsyncIterator() -> Iterator { Iterator(chunks: chunks, delay: delay, clock: clock, failure: failure) }

    struct Iterator: AsyncIteratorProtocol {
        let chunks: [ChatCompletionChunk]
        let delay: Duration
        let clock: any Clock<Duration>
        let failure: (after: Int, error: GaiError)?
        var index = 0

        mutating func next() async throws -> ChatStreamChunk? {
            if let failure, index >= failure.after { throw failure.error }
            guard index < chunks.count else { return nil }
            let chunk = chunks[index]
            index += 1
            if delay > .zero, chunk.choices.first?.delta.content?.isEmpty == false {
                try await clock.sleep(for: delay, tolerance: nil)
            }
            return ChatStreamChunk(chunk)
        }
    }
}
