import Foundation
import GaiCore
import GaiProviderKit
import GaiRouting
import HTTPTypes
import Hummingbird
import GaiTracing
import Tracing

/// The gateway's tracing: a span per `/v1` request (continuing the client's `traceparent`), one
/// per routing attempt under it, and (through ``TracingTransport``) one per upstream HTTP call
/// under that, with the OpenTelemetry GenAI attributes.
///
/// The tracer is injected rather than read from `InstrumentationSystem`, so an embedding app
/// (or a test) can trace one gateway without touching the process-wide bootstrap.
public final class GatewayTracing: Sendable {
    public let tracer: any Tracer
    /// Set when ``tracer`` is a ``GaiTracer``: the gateway then keeps a request's spans as one
    /// typed record (``RequestTraceRecorder``) written as OTLP bytes when the request ends,
    /// instead of span objects; same spans, same attributes.
    public let native: GaiTracer?
    /// Native attempt spans' names and constant attributes by deployment, encoded once.
    let nativeAttempts = BoundedMemo<AttemptAttributesKey, SpanTemplate>(capacity: 1024)
    /// The trace id (32 hex digits) of a span's context, for logs and events.
    public let traceID: @Sendable (InstrumentationContext) -> String?
    /// Attempt spans' attributes by deployment: built once, then shared (copy-on-write), so a
    /// span costs one reference instead of six dictionary inserts.
    let attemptAttributes = BoundedMemo<AttemptAttributesKey, AttemptSpanTemplate>(capacity: 1024)

    /// The tracer's own counters as gauges for `/metrics` (name → value), e.g. spans waiting,
    /// dropped and exported; sampled at each scrape.
    public let statistics: (@Sendable () -> [(String, Int)])?

    /// - Parameters:
    ///   - traceID: reads the trace id of a context; the default injects the context into a
    ///     `traceparent` header and reads it back, which works with any W3C tracer.
    ///   - statistics: the tracer's counters for `/metrics`.
    public init(
        tracer: any Tracer, traceID: (@Sendable (InstrumentationContext) -> String?)? = nil,
        statistics: (@Sendable () -> [(String, Int)])? = nil
    ) {
        self.tracer = tracer
        self.native = tracer as? GaiTracer
        self.statistics = statistics
        self.traceID = traceID ?? { context in
            var carrier: [String: String] = [:]
            tracer.inject(context, into: &carrier, using: DictionaryInjector())
            return carrier["traceparent"].flatMap(TraceParent.init(header:))?.traceID
        }
    }
}

/// A parsed W3C `traceparent` header: `00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>`.
struct TraceParent: Sendable, Hashable {
    var traceID: String
    var parentID: String

    /// `nil` unless `header` is a valid version-00 (or later-version, read as 00) value with
    /// non-zero ids.
    init?(header: String) {
        let parts = header.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0].count == 2, parts[0] != "ff", parts[1].count == 32, parts[2].count == 16, parts[3].count == 2
        else { return nil }
        if parts[0] == "00", parts.count != 4 { return nil }
        func isLowerHex(_ text: Substring) -> Bool { text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) } }
        guard parts[0...3].allSatisfy(isLowerHex) else { return nil }
        guard parts[1].contains(where: { $0 != "0" }), parts[2].contains(where: { $0 != "0" }) else { return nil }
        traceID = String(parts[1])
        parentID = String(parts[2])
    }
}

/// What makes an attempt span's attributes.
struct AttemptAttributesKey: Hashable, Sendable {
    var operation: String
    var deployment: DeploymentKey
    var kind: String
}

/// An attempt span's name and attributes, shared by every attempt on one deployment.
struct AttemptSpanTemplate: @unchecked Sendable {
    // `SpanAttributes` is not `Sendable` (its values may be any `CustomStringConvertible`);
    // these hold only strings, made once and never mutated.
    var name: String
    var attributes: SpanAttributes
}

struct DictionaryInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) {
        carrier[key] = value
    }
}

/// Reads trace headers from a Hummingbird request.
struct HTTPFieldsExtractor: Extractor {
    func extract(key: String, from carrier: HTTPFields) -> String? {
        switch key {
        case "traceparent": return carrier[.traceparent]
        case "tracestate": return carrier[.tracestate]
        default: return HTTPField.Name(key).flatMap { carrier[$0] }
        }
    }
}

extension HTTPField.Name {
    static let traceparent = HTTPField.Name("traceparent")!
    static let tracestate = HTTPField.Name("tracestate")!
}

extension GatewayTracing {
    /// The GenAI operation a route performs (`gen_ai.operation.name`).
    static func operationName(path: String) -> String {
        operationName(requestTarget: path)
    }

    /// ``operationName(path:)`` from the raw request target (`/v1/embeddings?…`), its query
    /// ignored: Hummingbird's `uri.path` parses the whole URI again on every read, an allocation
    /// per request.
    ///
    /// Compared as bytes, length first: `String`'s `==` and `firstIndex(of:)` work in
    /// `Character`s (grapheme breaking), and a generic walk of the UTF-8 view cost 1.5 k
    /// instructions per request.
    static func operationName(requestTarget target: String?) -> String {
        guard let target else { return "chat" }
        func isEmbeddings(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let embeddings: StaticString = "/v1/embeddings"
            let length = embeddings.utf8CodeUnitCount
            guard let base = bytes.baseAddress, bytes.count >= length, bytes.count == length || bytes[length] == UInt8(ascii: "?")
            else { return false }
            return memcmp(base, embeddings.utf8Start, length) == 0
        }
        let isEmbeddings = target.utf8.withContiguousStorageIfAvailable(isEmbeddings) ?? Array(target.utf8).withUnsafeBufferPointer(isEmbeddings)
        return isEmbeddings ? "embeddings" : "chat"
    }

    /// `gen_ai.provider.name` for an adapter kind: the well-known value where the conventions
    /// have one, the kind itself otherwise. OpenAI-compatible servers (vLLM, Ollama, …) use the
    /// `openai` adapter and report `openai`; `gai.provider` names the configured provider.
    static func providerName(kind: String) -> String {
        switch kind {
        case "openai": "openai"
        case "azure": "azure.ai.openai"
        case "anthropic": "anthropic"
        case "gemini": "gcp.gemini"
        default: kind
        }
    }

    /// The trace the current task's request belongs to: a native recorder, or a span context
    /// of the tracer API; `nil` when the request is not traced (tracing off, or not sampled).
    enum RequestTrace {
        case recorded(RequestTraceRecorder)
        case span(InstrumentationContext)

        static var current: RequestTrace? {
            if let recorder = RequestTraceRecorder.current { return .recorded(recorder) }
            return InstrumentationContext.current.map(RequestTrace.span)
        }

        /// The trace of the request `context` belongs to, for `tracing`'s backend: under native
        /// tracing only ever its recorder, taken from the context (no task-local read: each
        /// walks the task's bound values).
        static func of(_ context: GatewayRequestContext, in tracing: GatewayTracing) -> RequestTrace? {
            if tracing.native != nil { return context.traceRecorder.map(RequestTrace.recorded) }
            return current
        }
    }

    /// An attempt span's name and constant attributes (the same for both kinds of trace).
    static func attemptTemplate(_ target: ModelRouter.Target, operationName: String) -> (name: String, attributes: [(String, String)]) {
        (
            "\(operationName) \(target.deployment.model)",
            [
                ("gen_ai.operation.name", operationName), ("gen_ai.provider.name", providerName(kind: target.provider.kind)),
                ("gen_ai.request.model", target.deployment.model), ("gai.provider", target.provider.name),
                ("gai.deployment", target.deployment.key.description),
            ]
        )
    }

    /// Notes a request's routing attempts on its recorder (native tracing): an attempt span
    /// each, written when the request ends; the upstream call's span nests under the attempt
    /// open at the time.
    struct RecordedAttempts: AttemptObserver {
        let tracing: GatewayTracing
        let recorder: RequestTraceRecorder
        let operationName: String

        func attemptStarted(_ target: ModelRouter.Target, number: Int, at instant: ContinuousClock.Instant) -> Int {
            recorder.attemptStarted(tracing.nativeTemplate(target, operationName: operationName), number: number, at: instant)
        }

        func attemptEnded(_ index: Int, error: GaiError?, at instant: ContinuousClock.Instant) {
            recorder.attemptEnded(index, errorType: error?.code.rawValue, message: error?.message, at: instant)
        }
    }

    func nativeTemplate(_ target: ModelRouter.Target, operationName: String) -> SpanTemplate {
        let key = AttemptAttributesKey(operation: operationName, deployment: target.deployment.key, kind: target.provider.kind)
        return nativeAttempts.value(for: key) {
            let (name, pairs) = Self.attemptTemplate(target, operationName: operationName)
            var attributes = EncodedAttributes()
            for (attribute, value) in pairs { attributes.add(attribute, value) }
            return SpanTemplate(name: name, attributes: attributes)
        }
    }

    /// Runs one routing attempt in its own span of the tracer API under the request's `parent`,
    /// bound as the task's context so the upstream call's span nests under it. (Native tracing
    /// notes attempts through ``RecordedAttempts``, which wraps nothing around the attempt.)
    func attempt<Value: Sendable>(
        _ target: ModelRouter.Target, number: Int, operationName: String, parent: InstrumentationContext,
        operation: (ModelRouter.Target) async throws(GaiError) -> Value
    ) async throws(GaiError) -> Value {
        let key = AttemptAttributesKey(operation: operationName, deployment: target.deployment.key, kind: target.provider.kind)
        let base = attemptAttributes.value(for: key) {
            let (name, pairs) = Self.attemptTemplate(target, operationName: operationName)
            var attributes = SpanAttributes()
            for (attribute, value) in pairs { attributes[attribute] = value }
            return AttemptSpanTemplate(name: name, attributes: attributes)
        }
        let span = tracer.startSpan(base.name, context: parent, ofKind: .client)
        span.attributes = base.attributes
        span.attributes["gai.attempt"] = number
        do {
            let value = try await InstrumentationContext.withValue(span.context) { () async throws -> Value in
                try await operation(target)
            }
            span.end()
            return value
        } catch let error as GaiError {
            span.attributes["error.type"] = error.code.rawValue
            span.setStatus(SpanStatus(code: .error, message: error.message))
            span.end()
            throw error
        } catch {
            span.end()
            throw GaiError(.internal, "The attempt failed: \(error)")
        }
    }
}

extension Gateway {
    /// The finish reasons of an answer: from the decoded value, or for bytes passed through, by
    /// scanning for `"finish_reason":"…"` (no decode on the hot path).
    static func finishReasons(of result: ProviderResult<ChatCompletion>) -> [String] {
        guard let raw = result.rawBody else {
            return ((try? result.value)?.choices ?? []).compactMap { $0.finishReason?.rawValue }
        }
        return raw.withUnsafeReadableBytes { Self.scanFinishReasons(in: $0) }
    }

    static func scanFinishReasons(in bytes: UnsafeRawBufferPointer) -> [String] {
        guard let base = bytes.baseAddress else { return [] }
        let needle: StaticString = #""finish_reason""#
        // Jumps from `f` to `f` (memchr): an answer has a handful (`refusal`, `fingerprint`),
        // fewer than underscores (every usage key has one), and the needle's is at offset 1.
        let anchor = 1
        let count = bytes.count
        var reasons: [String] = []
        var from = anchor
        func skipSpace(_ i: inout Int) { while i < count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 } }
        while from < count, reasons.count < 16 {
            guard let hit = memchr(base + from, Int32(UInt8(ascii: "f")), count - from) else { break }
            let position = base.distance(to: UnsafeRawPointer(hit))
            from = position + 1
            let start = position - anchor
            guard start + needle.utf8CodeUnitCount <= count,
                memcmp(base + start, needle.utf8Start, needle.utf8CodeUnitCount) == 0
            else { continue }
            var cursor = start + needle.utf8CodeUnitCount
            skipSpace(&cursor)
            guard cursor < count, bytes[cursor] == UInt8(ascii: ":") else { continue }
            cursor += 1
            skipSpace(&cursor)
            guard cursor < count, bytes[cursor] == UInt8(ascii: "\"") else { continue }
            let valueStart = cursor + 1
            var end = valueStart
            while end < count, bytes[end] != UInt8(ascii: "\""), end - valueStart < 64 { end += 1 }
            if end < count, bytes[end] == UInt8(ascii: "\"") {
                let value = UnsafeRawBufferPointer(rebasing: bytes[valueStart..<end])
                // The one reason of a one-choice answer, from the vocabulary: a shared array, no
                // allocation and no UTF-8 validation.
                if reasons.isEmpty, let known = Self.knownFinishReason(value) {
                    reasons = known
                } else {
                    reasons.append(String(decoding: value, as: UTF8.self))
                }
            }
            from = max(from, end + 1)
        }
        return reasons
    }

    /// OpenAI's finish reasons, each as a one-element array made once.
    private static let finishReasonVocabulary: [(StaticString, [String])] = [
        ("stop", ["stop"]), ("length", ["length"]), ("tool_calls", ["tool_calls"]), ("content_filter", ["content_filter"]),
        ("function_call", ["function_call"]),
    ]

    /// `[value]` when `value` is one of ``finishReasonVocabulary``'s.
    static func knownFinishReason(_ value: UnsafeRawBufferPointer) -> [String]? {
        guard let base = value.baseAddress else { return nil }
        for (text, array) in finishReasonVocabulary
        where text.utf8CodeUnitCount == value.count && memcmp(base, text.utf8Start, value.count) == 0 {
            return array
        }
        return nil
    }
}
