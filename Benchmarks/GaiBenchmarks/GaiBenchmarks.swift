// Microbenchmarks of Gai's per-request and per-chunk hot paths.
//
//     cd Benchmarks && swift package --disable-sandbox benchmark --scale
//
// Benchmarks whose operation takes nanoseconds run it `scalingFactor` (1,000) times per sample;
// `--scale` prints the figures per operation. Results and their reading: docs/benchmarks.md,
// section "Microbenchmarks".
import Benchmark
import GaiCore
import GaiOpenAI
import GaiTesting
import NIOCore

enum Samples {
    /// One OpenAI streaming chunk carrying a short text delta, as the adapter decodes it.
    static let textChunk = ChatCompletionChunk(
        id: "chatcmpl-9xYzAbCdEfGhIjKlMnOpQrStUv", created: 1_763_800_000, model: "gpt-4o-mini-2024-07-18",
        choices: [.init(index: 0, delta: .init(content: " world"))])

    static let requestID = "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f"

    /// The `text.delta` event of that chunk.
    static let textEvent = StreamEvent(
        timestamp: 1_763_800_000_123, sequence: 7, requestID: requestID, payload: .text(" world"))

    /// A typical small client request (~280 bytes).
    static let chatRequestBody = ByteBuffer(string: #"""
        {"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are a terse assistant. Answer in one sentence."},{"role":"user","content":"What is the capital of France, and why is it famous?"}],"temperature":0.2,"max_tokens":128,"stream":false,"user":"bench-user-42"}
        """#)

    /// A non-streamed completion of ~600 bytes, as an upstream answers it.
    static let completionBody = ByteBuffer(string: #"""
        {"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion","created":1741570283,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"Paris is the capital of France. It is famous for the Eiffel Tower, the Louvre, its cafes, fashion houses and a long history as a centre of art, science and politics in Europe.","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":1117,"completion_tokens":46,"total_tokens":1163,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default","system_fingerprint":"fp_fc9f1d7035"}
        """#)

    /// OpenAI's 429 body.
    static let rateLimitBody = #"""
        {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-abc on tokens per min (TPM): Limit 200000, Used 199800, Requested 512. Please try again in 93ms.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}
        """#

    /// Errors as adapters produce them, for the classification checks.
    static let errors: [GaiError] = [
        GaiError(.rateLimited, "Rate limit reached", provider: "openai", upstreamStatus: 429, retryAfter: .seconds(1)),
        GaiError(.invalidRequest, "messages must not be empty", param: "messages"),
        GaiError(.overloaded, "Overloaded", provider: "anthropic", upstreamStatus: 529),
        GaiError(.contextLengthExceeded, "Too many tokens", provider: "openai", upstreamStatus: 400),
    ]
}

/// Writes events as `StreamOutput.encode(_:)` does for `gai.events.v1` over SSE.
@inline(__always)
func sseBytes(_ events: [StreamEvent]) -> ByteBuffer {
    var buffer = ByteBuffer()
    for event in events {
        buffer.writeString("id: \(event.sequence)\ndata: ")
        buffer.writeString(event.json)
        buffer.writeString("\n\n")
    }
    return buffer
}

/// The same for one event, without the array the normalizer hands over.
@inline(__always)
func sseBytes(_ event: StreamEvent) -> ByteBuffer {
    var buffer = ByteBuffer()
    buffer.writeString("id: \(event.sequence)\ndata: ")
    buffer.writeString(event.json)
    buffer.writeString("\n\n")
    return buffer
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal]
    // Operations of nanoseconds: 1,000 per sample, so the clock's own cost does not dominate.
    let nanoConfig = Benchmark.Configuration(
        metrics: metrics, warmupIterations: 10, scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 1_000_000)
    // Operations of microseconds: one per sample.
    let microConfig = Benchmark.Configuration(
        metrics: metrics, warmupIterations: 100, scalingFactor: .one, maxDuration: .seconds(2), maxIterations: 1_000_000)

    // MARK: 1. Normalization

    Benchmark("normalize text delta", configuration: nanoConfig) { benchmark in
        var normalizer = StreamNormalizer(requestID: Samples.requestID, provider: "openai", model: "gpt-4o-mini")
        blackHole(normalizer.start())
        let chunk = Samples.textChunk
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(normalizer.events(for: chunk))
        }
    }

    // The same with the clock pinned: what is left without `WallClock.nowMilliseconds()`.
    Benchmark("normalize text delta (pinned clock)", configuration: nanoConfig) { benchmark in
        var normalizer = StreamNormalizer(requestID: Samples.requestID, provider: "openai", model: "gpt-4o-mini", now: { 1_763_800_000_123 })
        blackHole(normalizer.start())
        let chunk = Samples.textChunk
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(normalizer.events(for: chunk))
        }
    }

    Benchmark("WallClock.nowMilliseconds() (the event timestamp)", configuration: nanoConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(WallClock.nowMilliseconds())
        }
    }

    // MARK: 2. Encoding to SSE bytes

    Benchmark("encode event to SSE bytes", configuration: nanoConfig) { benchmark in
        var event = Samples.textEvent
        for index in benchmark.scaledIterations {
            event.sequence = index
            blackHole(sseBytes(event))
        }
    }

    Benchmark("event JSON only (StreamEvent.json)", configuration: nanoConfig) { benchmark in
        var event = Samples.textEvent
        for index in benchmark.scaledIterations {
            event.sequence = index
            blackHole(event.json)
        }
    }

    Benchmark("normalize + encode text delta (events SSE, per chunk)", configuration: nanoConfig) { benchmark in
        var normalizer = StreamNormalizer(requestID: Samples.requestID, provider: "openai", model: "gpt-4o-mini")
        blackHole(normalizer.start())
        let chunk = Samples.textChunk
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(sseBytes(normalizer.events(for: chunk)))
        }
    }

    // MARK: 3. Error classification

    Benchmark("classify error (isTransient/isRateLimited)", configuration: nanoConfig) { benchmark in
        let errors = Samples.errors
        var retryable = 0
        for index in benchmark.scaledIterations {
            // `identity` on the index, not on the error: copying a GaiError through an
            // unspecialized generic call (retains of its strings and array) costs ~30 ns by itself.
            let slot = identity(index) & 3
            if errors[slot].isTransient || errors[slot].isRateLimited { retryable += 1 }
        }
        blackHole(retryable)
    }

    Benchmark("classify error (ErrorCode.isTransientByDefault)", configuration: nanoConfig) { benchmark in
        let codes = ErrorCode.allCases
        var transient = 0
        for index in benchmark.scaledIterations {
            if codes[identity(index) % codes.count].isTransientByDefault { transient += 1 }
        }
        blackHole(transient)
    }

    Benchmark("make GaiError (rate_limited)", configuration: nanoConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(GaiError(.rateLimited, identity("Rate limit reached"), provider: "openai", upstreamStatus: 429))
        }
    }

    // The whole upstream-error path through public API: OpenAIProvider sends to a MockTransport
    // that answers 429 with OpenAI's body; the adapter collects the body, parses it (JSONDecoder)
    // and classifies it. Includes the send path (headers, URL, deadline) and the mock's bookkeeping.
    Benchmark("map upstream 429 to GaiError (OpenAIProvider + MockTransport)", configuration: microConfig) { benchmark in
        let transport = MockTransport(replies: [
            .init(status: 429, headers: ["retry-after": "1", "content-type": "application/json"], body: Samples.rateLimitBody)
        ])
        let provider = OpenAIProvider(
            configuration: OpenAIConfiguration(name: "openai", baseURL: "https://api.openai.com/v1", apiKey: "sk-test"),
            transport: transport)
        let request = ChatRequest(model: "gpt-4o-mini", messages: [.init(role: .user, content: .text("Hi"))])
        let context = ProviderContext(
            requestID: RequestID(clientValue: Samples.requestID)!, originalBody: Samples.chatRequestBody, clientModel: "gpt-4o-mini")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            do throws(GaiError) {
                blackHole(try await provider.chatCompletion(request, context: context))
            } catch {
                precondition(error.code == .rateLimited)
                blackHole(error)
            }
        }
    }

    // MARK: 4. Request ids

    Benchmark("request id: RequestID() (UUID v7, system RNG)", configuration: nanoConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(RequestID())
        }
    }

    Benchmark("request id: RequestID(uuidV7At:using:) (seeded SplitMix64)", configuration: nanoConfig) { benchmark in
        var generator = SplitMix64(seed: 42)
        for index in benchmark.scaledIterations {
            blackHole(RequestID(uuidV7At: 1_763_800_000_000 + UInt64(index), using: &generator))
        }
    }

    Benchmark("request id: RequestID(clientValue:) (36-char header value)", configuration: nanoConfig) { benchmark in
        let value = Samples.requestID
        for _ in benchmark.scaledIterations {
            blackHole(RequestID(clientValue: identity(value)))
        }
    }

    // MARK: 5. Request path (bonus)

    Benchmark("decode chat request (GaiJSON.decodeRequest, 280 B)", configuration: microConfig) { benchmark in
        let body = Samples.chatRequestBody
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try GaiJSON.decodeRequest(ChatRequest.self, from: identity(body).readableBytesView))
            } catch {
                fatalError("\(error)")
            }
        }
    }

    Benchmark("scan top-level JSON (JSONTopLevelScanner.members, 600 B)", configuration: microConfig) { benchmark in
        let body = Samples.completionBody
        for _ in benchmark.scaledIterations {
            identity(body).withUnsafeReadableBytes { bytes in
                blackHole(JSONTopLevelScanner.members(of: bytes))
            }
        }
    }

    limiterBenchmarks(nanoConfig: nanoConfig)
    redisLimiterBenchmarks()
    admissionBenchmarks(microConfig: microConfig)
    eventBenchmarks(nanoConfig: nanoConfig)
    tracingBenchmarks(microConfig: microConfig)
    logBenchmarks(microConfig: microConfig)
}
