import Foundation
import Synchronization
import GaiCore
import GaiRouting
import Logging
import GaiTelemetry
import GaiTracing
import Tracing

extension AccessRecord {
    /// Writes the one access-log line of a request: ids, route, model, provider, outcome,
    /// latency and tokens. Never a key, a header value or a prompt.
    ///
    /// The request's metrics are recorded here too (``GatewayMetrics``), with `labels` deciding
    /// which model and deployment names may become label values.
    func log(
        to logger: Logger, requestID: GaiCore.RequestID, method: String, path: String, status: Int, start: ContinuousClock.Instant,
        labels: MetricLabels, events: EventPipeline?
    ) {
        // Read where it is, under the record's lock (only this request's tasks take it, and
        // they are done): a copy retained and released every string and list in it. What runs
        // under it only writes into queues (events, spans, metrics, the log handler's buffer)
        // and takes no lock that is ever held while taking this one.
        fields.withLock { snapshot in
            log(
                snapshot, to: logger, requestID: requestID, method: method, path: path, status: status, start: start, labels: labels,
                events: events)
        }
    }

    private func log(
        _ snapshot: Fields, to logger: Logger, requestID: GaiCore.RequestID, method: String, path: String, status: Int,
        start: ContinuousClock.Instant, labels: MetricLabels, events: EventPipeline?
    ) {
        let end = ContinuousClock.now
        let elapsed = end - (snapshot.startedAt ?? start)
        // A traced request's end in Unix time comes from its start and this one monotonic reading:
        // no second clock read for the span, nor a third for the event.
        let endNanoseconds = snapshot.nativeSpan?.nanoseconds(at: end)
        if path.hasPrefix("/v1/"), let events {
            RequestEvents.emit(
                snapshot, requestID: requestID.value, path: path, status: status, elapsed: elapsed,
                timestamp: endNanoseconds.map { Int64($0 / 1_000_000) } ?? WallClock.nowMilliseconds(), to: events)
        }
        if let span = snapshot.span {
            Self.end(span, snapshot, path: path, status: status)
        } else if let span = snapshot.nativeSpan {
            Self.end(span, snapshot, end: span.nanoseconds(at: end), requestID: requestID.value, method: method, path: path, status: status)
        }
        if path.hasPrefix("/v1/") {
            GatewayMetrics.requestEnded()
            GatewayMetrics.record(
                model: Self.metricModel(snapshot.model, known: labels.models), provider: snapshot.provider ?? "none",
                deployment: labels.deployment(snapshot.attempts.last?.deployment.description), status: status,
                code: snapshot.errorCode, stream: snapshot.stream, total: elapsed, upstream: snapshot.attempts.upstreamTime,
                firstContent: snapshot.firstContentAfter, usage: snapshot.usage, costUSD: snapshot.costUSD, attempts: snapshot.attempts,
                replayed: snapshot.replayed)
        }
        // Sized for the whole line up front: a literal's five entries, grown member by member,
        // rehashed twice on every request.
        var metadata = Logger.Metadata(minimumCapacity: 16)
        metadata["request_id"] = .string(requestID.value)
        metadata["method"] = .string(method)
        metadata["path"] = .string(path)
        metadata["status"] = .stringConvertible(status)
        // Not `String(format:)`: Foundation's formatting boxes its arguments (a dynamic cast and
        // allocations per request).
        metadata["latency_ms"] = .string(GatewayMiddleware.milliseconds(elapsed))
        if let traceID = snapshot.traceID { metadata["trace_id"] = .string(traceID) }
        if let model = snapshot.model { metadata["model"] = .string(model) }
        if let provider = snapshot.provider { metadata["provider"] = .string(provider) }
        if let code = snapshot.errorCode { metadata["error_code"] = .string(code.rawValue) }
        if snapshot.stream { metadata["stream"] = "true" }
        if let last = snapshot.attempts.last {
            metadata["attempts"] = .stringConvertible(snapshot.attempts.upstreamCalls)
            metadata["deployment"] = .string(last.deployment.description)
            // The detail is for calls that did not go straight through; a first-try success
            // says all there is to say with the two fields above.
            if snapshot.attempts.count > 1 || last.outcome != .success {
                metadata["attempt_log"] = .string(snapshot.attempts.summary)
            }
        }
        if snapshot.replayed { metadata["idempotent_replay"] = "true" }
        if let keyID = snapshot.keyID { metadata["key_id"] = .string(keyID) }
        if let usage = snapshot.usage {
            metadata["prompt_tokens"] = .stringConvertible(usage.promptTokens)
            metadata["completion_tokens"] = .stringConvertible(usage.completionTokens)
        }
        logger.info("request", metadata: metadata)
    }
}

extension AccessRecord {
    /// Ends the request's span with what the request became: the GenAI attributes (operation,
    /// provider, requested and answering model, token usage, finish reasons), the HTTP status,
    /// and `error.type` (the taxonomy code) with an error status for a 5xx.
    static func end(_ span: any Span, _ record: Fields, path: String, status: Int) {
        span.updateAttributes { attributes in Self.requestAttributes(record, path: path, status: status, into: &attributes) }
        if status >= 500 || status == 499 {
            span.setStatus(SpanStatus(code: .error, message: record.errorCode?.rawValue))
        }
        span.end()
    }

    /// ``end(_:_:path:status:)`` under native tracing: the same attributes, written as bytes
    /// (with the ones the tracer-API path sets when the request starts).
    static func end(
        _ recorder: RequestTraceRecorder, _ record: Fields, end: UInt64, requestID: String, method: String, path: String, status: Int
    ) {
        recorder.finish(end: end, name: method, nameSuffix: path) { span in
            Self.requestAttributes(record, method: method, path: path, status: status, into: &span)
            span.attribute("gai.request_id", requestID)
            if status >= 500 || status == 499 { span.markError(message: record.errorCode?.rawValue) }
        }
    }

    /// The request span's attributes from what the request became, for either kind of span: the
    /// one list both backends write. `method` (with the route) is for a span written whole when
    /// the request ends; a tracer-API span got both when it started.
    static func requestAttributes(
        _ record: Fields, method: String? = nil, path: String, status: Int, into span: inout some RequestSpanAttributes
    ) {
        // The values that recur request after request, together: one memo lookup for all.
        span.recurringAttributes(slot: RecurringSlot.requestSpan) { add in
            if let method {
                add("http.request.method", method)
                add("http.route", path)
            }
            add("gen_ai.operation.name", GatewayTracing.operationName(path: path))
            add("gen_ai.request.model", record.model.map(Self.spanValue))
            add("gen_ai.response.model", record.attempts.last?.deployment.model)
            add("gen_ai.provider.name", record.providerKind.map(GatewayTracing.providerName(kind:)))
        }
        span.attribute("http.response.status_code", status)
        if record.attempts.count > 1 { span.attribute("gai.attempts", record.attempts.upstreamCalls) }
        if let usage = record.usage {
            span.attribute("gen_ai.usage.input_tokens", usage.promptTokens)
            span.attribute("gen_ai.usage.output_tokens", usage.completionTokens)
        }
        if !record.finishReasons.isEmpty { span.attribute("gen_ai.response.finish_reasons", record.finishReasons) }
        if let code = record.errorCode { span.attribute("error.type", code.rawValue) }
        if record.stream { span.attribute("gai.stream", true) }
        if record.replayed { span.attribute("gai.idempotent_replay", true) }
    }

    /// A client-sent value as a span attribute: at most 256 bytes (a client could otherwise send a
    /// megabyte of model name into every span it makes).
    static func spanValue(_ text: String) -> String {
        text.utf8.count <= 256 ? text : String(decoding: text.utf8.prefix(256), as: UTF8.self)
    }

    /// A model name fit for a label: a configured name as is, `provider/*` for a direct
    /// `provider/model` route, anything else `unknown` (client input never becomes a label).
    static func metricModel(_ model: String?, known: Set<String>) -> String {
        guard let model else { return "none" }
        if known.contains(model) { return model }
        if let slash = model.firstIndex(of: "/"), known.contains(String(model[..<slash]) + "/*") {
            return String(model[..<slash]) + "/*"
        }
        return "unknown"
    }
}

extension Array where Element == AttemptRecord {
    /// Time spent in upstream calls (for a stream, up to its commit point).
    var upstreamTime: Duration {
        reduce(.zero) { $1.calledUpstream ? $0 + $1.duration : $0 }
    }
}

/// Where a request span's attributes go: the native ``SpanWriter`` (bytes) or the tracer API's
/// `SpanAttributes`; keys are the gateway's constants.
protocol RequestSpanAttributes {
    mutating func attribute(_ key: StaticString, _ value: String)
    mutating func attribute(_ key: StaticString, _ value: Int)
    mutating func attribute(_ key: StaticString, _ value: Bool)
    mutating func attribute(_ key: StaticString, _ values: [String])
    /// String values that recur together from request to request (`nil`s left out), which a
    /// writer may remember as one by `slot`; `each` may be called more than once.
    mutating func recurringAttributes(slot: Int, _ each: ((StaticString, String?) -> Void) -> Void)
}

extension SpanWriter: RequestSpanAttributes {}

extension SpanAttributes: RequestSpanAttributes {
    mutating func attribute(_ key: StaticString, _ value: String) { self[key.description] = value }
    mutating func attribute(_ key: StaticString, _ value: Int) { self[key.description] = value }
    mutating func attribute(_ key: StaticString, _ value: Bool) { self[key.description] = value }
    mutating func attribute(_ key: StaticString, _ values: [String]) { self[key.description] = values }
    mutating func recurringAttributes(slot: Int, _ each: ((StaticString, String?) -> Void) -> Void) {
        each { key, value in if let value { self[key.description] = value } }
    }
}

/// The memo slots for values that recur from request to request: in the event queue's memo,
/// one value each (``EventPayloadWriter/member(_:recurring:slot:)``); in the span queue's, a
/// request span's recurring attributes as one set (``SpanWriter/recurringAttributes(slot:_:)``).
enum RecurringSlot {
    static let method = 0
    static let path = 1
    static let model = 2
    static let provider = 3
    static let requestSpan = 4
}

/// `request_received`, written into the event queue when the request arrives.
struct RequestReceived {
    let requestID: String
    let traceID: String?
    let method: String
    let path: String
    let timestamp: Int64

    func makeEvents() -> [ObservabilityEvent] {
        [
            ObservabilityEvent(
                type: .requestReceived, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID,
                payload: payload)
        ]
    }

    var payload: [String: JSONValue] { Self.payload(method: method, path: path) }

    static func payload(method: String, path: String) -> [String: JSONValue] { ["method": .string(method), "path": .string(path)] }

    /// Written directly (one per request); the same line as ``makeEvents()`` sanitized.
    func emit(to events: EventPipeline) {
        Self.emit(requestID: requestID, traceID: traceID, method: method, path: path, timestamp: timestamp, to: events)
    }

    /// ``emit(to:)`` from the values where they are: no struct to copy them into and destroy
    /// (a retain and a release each) on every request.
    static func emit(requestID: String, traceID: String?, method: String, path: String, timestamp: Int64, to events: EventPipeline) {
        events.emit(.requestReceived, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID) { payload in
            payload.member("method", recurring: method, slot: RecurringSlot.method)
            payload.member("path", recurring: path, slot: RecurringSlot.path)
        } dictionary: {
            payload(method: method, path: path)
        }
    }
}

/// The events of a request that ended, written into the event queue as it ends (while its
/// record is in cache; nothing of the request is kept): each failed attempt (a span under the
/// request's), a retry of the same deployment, a fallback when more than one deployment was
/// called, a replay, a refusal by a limit, an error, and the completion.
struct RequestEvents {
    let model: String?
    let provider: String?
    let attempts: [AttemptRecord]
    let replayed: Bool
    let errorCode: ErrorCode?
    let usage: Usage?
    let stream: Bool
    let traceID: String?
    let requestID: String
    let path: String
    let status: Int
    let elapsed: Duration
    let timestamp: Int64

    /// `timestamp`: when the request ended (Unix milliseconds), if the caller knows; else now.
    init(_ record: AccessRecord.Fields, requestID: String, path: String, status: Int, elapsed: Duration, timestamp: Int64? = nil) {
        model = record.model
        provider = record.provider
        attempts = record.attempts
        replayed = record.replayed
        errorCode = record.errorCode
        usage = record.usage
        stream = record.stream
        traceID = record.traceID
        self.requestID = requestID
        self.path = path
        self.status = status
        self.elapsed = elapsed
        self.timestamp = timestamp ?? WallClock.nowMilliseconds()
    }

    func makeEvents() -> [ObservabilityEvent] {
        var events = otherEvents()
        events.append(completed())
        return events
    }

    /// Writes the events of the request `record` describes: `response_completed` directly
    /// (every request has one), read from the record where it is; the other events, rare,
    /// through their payload dictionaries. The same lines as ``makeEvents()`` sanitized. (Copying
    /// the record's strings and lists into a ``RequestEvents`` first cost a retain and a release
    /// each, on every request.)
    static func emit(
        _ record: AccessRecord.Fields, requestID: String, path: String, status: Int, elapsed: Duration, timestamp: Int64,
        to events: EventPipeline
    ) {
        func source() -> RequestEvents {
            RequestEvents(record, requestID: requestID, path: path, status: status, elapsed: elapsed, timestamp: timestamp)
        }
        if hasOtherEvents(record) {
            for event in source().otherEvents() { events.emit(event) }
        }
        events.emit(.responseCompleted, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: record.traceID) { payload in
            // In key order.
            payload.member("attempts", record.attempts.upstreamCalls)
            if let usage = record.usage { payload.member("completion_tokens", usage.completionTokens) }
            if let errorCode = record.errorCode { payload.member("error_code", errorCode.rawValue) }
            payload.member("latency_ms", milliseconds: elapsed)
            if let model = record.model { payload.member("model", recurring: model, slot: RecurringSlot.model) }
            payload.member("path", recurring: path, slot: RecurringSlot.path)
            if let usage = record.usage { payload.member("prompt_tokens", usage.promptTokens) }
            if let provider = record.provider { payload.member("provider", recurring: provider, slot: RecurringSlot.provider) }
            payload.member("status", status)
            payload.member("stream", record.stream)
        } dictionary: {
            source().completed().payload
        }
    }

    /// Whether ``otherEvents()`` has any: a failed or repeated attempt, a replay, an error.
    var hasOtherEvents: Bool { Self.hasOtherEvents(replayed: replayed, errorCode: errorCode, attempts: attempts) }

    /// ``hasOtherEvents`` of the events `record` makes.
    static func hasOtherEvents(_ record: AccessRecord.Fields) -> Bool {
        hasOtherEvents(replayed: record.replayed, errorCode: record.errorCode, attempts: record.attempts)
    }

    private static func hasOtherEvents(replayed: Bool, errorCode: ErrorCode?, attempts: [AttemptRecord]) -> Bool {
        replayed || errorCode != nil || attempts.count > 1 || attempts.contains { $0.outcome != .success }
    }

    private var common: [String: JSONValue] {
        var common: [String: JSONValue] = ["path": .string(path), "status": .int(Int64(status))]
        if let model { common["model"] = .string(model) }
        if let provider { common["provider"] = .string(provider) }
        return common
    }

    func completed() -> ObservabilityEvent {
        var completed = common
        completed["latency_ms"] = .double(EventPayloadWriter.milliseconds(elapsed))
        completed["attempts"] = .int(Int64(attempts.upstreamCalls))
        completed["stream"] = .bool(stream)
        if let usage {
            completed["prompt_tokens"] = .int(Int64(usage.promptTokens))
            completed["completion_tokens"] = .int(Int64(usage.completionTokens))
        }
        if let code = errorCode { completed["error_code"] = .string(code.rawValue) }
        return ObservabilityEvent(
            type: .responseCompleted, timestamp: timestamp, correlationID: requestID, spanID: "req", parentSpanID: nil, traceID: traceID,
            payload: completed)
    }

    func otherEvents() -> [ObservabilityEvent] {
        let span = "req"
        var events: [ObservabilityEvent] = []
        func add(_ type: ObservabilityEventType, spanID: String, parent: String? = span, _ payload: [String: JSONValue]) {
            events.append(
                ObservabilityEvent(
                    type: type, timestamp: timestamp, correlationID: requestID, spanID: spanID, parentSpanID: parent, traceID: traceID,
                    payload: payload))
        }
        let common = self.common
        for (index, attempt) in attempts.enumerated() {
            if attempt.outcome != .success {
                add(.attemptFailed, spanID: "attempt-\(index + 1)", [
                    "deployment": .string(attempt.deployment.description), "outcome": .string(attempt.outcome.label),
                    "duration_ms": .double(attempt.duration.secondsValue * 1000),
                ])
            }
            if index > 0, attempt.calledUpstream, attempts[index - 1].deployment == attempt.deployment {
                add(.retryScheduled, spanID: "attempt-\(index + 1)", [
                    "deployment": .string(attempt.deployment.description), "attempt": .int(Int64(index + 1)),
                ])
            }
        }
        if Set(attempts.filter(\.calledUpstream).map(\.deployment)).count > 1 {
            add(.fallbackTriggered, spanID: "fallback", ["deployments": .array(attempts.map { .string($0.deployment.description) })])
        }
        if replayed {
            add(.idempotentReplay, spanID: "replay", common)
        }
        if let code = errorCode {
            if code == .rateLimited {
                add(.rateLimited, spanID: "limit", common)
            }
            events.append(
                ObservabilityEvent.error(
                    correlationID: requestID, spanID: "error", parentSpanID: span, traceID: traceID, errorType: code.rawValue,
                    message: "The request ended with \(code.rawValue) (HTTP \(status)).", component: "gateway", timestamp: timestamp))
        }
        return events
    }
}
