import GaiCore
import GaiProviderKit
import NIOHTTP1
import Synchronization
import Tracing

/// W3C trace-context headers to forward upstream as they are, when the gateway makes no spans of
/// its own (tracing off, or the request not sampled): the client's `traceparent`, or the
/// unsampled request's. The upstream's spans still join the client's trace.
public typealias UpstreamTraceHeaders = UpstreamTraceContext

extension UpstreamTraceContext {
    /// The headers for upstream calls made by the current task (bound by the gateway).
    @TaskLocal public static var current: UpstreamTraceContext?
}

/// Wraps a transport so every upstream call is traced, whichever way the current task's request
/// is: under native tracing the call is noted on its ``RequestTraceRecorder`` (a span id of its
/// own, sent as `traceparent`; the span is written when the request ends), taken from the
/// request (``UpstreamRequest/callRecorder``) or else the task (``RequestTraceRecorder/current``);
/// with a tracer, a
/// client span (child of the task's ``InstrumentationContext/current``, the attempt's span)
/// whose context is injected as `traceparent`; either ends when the response body ends. Without
/// either, the client's own trace headers (``UpstreamTraceHeaders/current``) are forwarded.
///
/// The span's attributes follow the OpenTelemetry HTTP client conventions; `url.full` drops the
/// query string, which may carry a key (Gemini's `?key=`).
public struct TracingTransport: HTTPTransport {
    public let base: any HTTPTransport
    public let tracer: (any Tracer)?

    public init(base: any HTTPTransport, tracer: (any Tracer)?) {
        self.base = base
        self.tracer = tracer
    }

    public func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        // Native tracing: the call is noted on the request's recorder, handed on with the request
        // (the gateway's way) or else bound to the task, and its span is written when the request
        // ends. Written out here rather than in a helper: another async layer would cost two
        // executor switches per call.
        if let recorder: any UpstreamCallRecorder = request.callRecorder ?? RequestTraceRecorder.current {
            let (index, traceparent, tracestate) = recorder.upstreamCallStarted(method: request.method.rawValue, url: request.url)
            // `request` is ours (consuming): set in place, no copy of its headers and body.
            request.traceContext = UpstreamTraceContext(traceparent, tracestate: tracestate)
            var response: UpstreamResponse
            do {
                response = try await base.send(consume request)
            } catch {
                recorder.upstreamCallEnded(index, errorType: error.code.rawValue, message: error.message)
                throw error
            }
            // The body reports its end, with the status, to the recorder directly (no closure to
            // allocate per call), set on the response as it is (no copy of its headers and body).
            response.body.reportEnd(to: recorder, call: index, status: response.status)
            return response
        }
        guard let tracer, let parent = InstrumentationContext.current else {
            guard let trace = UpstreamTraceHeaders.current else { return try await base.send(request) }
            request.traceContext = trace
            return try await base.send(request)
        }
        let span = tracer.startSpan(request.method.rawValue, context: parent, ofKind: .client)
        span.attributes = Self.attributes(method: request.method.rawValue, url: request.url)
        tracer.inject(span.context, into: &request.headers, using: HTTPHeadersInjector())
        let response: UpstreamResponse
        do {
            response = try await base.send(request)
        } catch {
            span.attributes["error.type"] = error.code.rawValue
            span.setStatus(SpanStatus(code: .error, message: error.message))
            span.end()
            throw error
        }
        span.attributes["http.response.status_code"] = response.status
        if response.status >= 400 {
            span.attributes["error.type"] = String(response.status)
            span.setStatus(SpanStatus(code: .error))
        }
        let ending = SpanEnding(span)
        return UpstreamResponse(status: response.status, headers: response.headers, body: response.body.onEnd { errorType, message in ending.end(errorType: errorType, message: message) })
    }

    private static let encodedAttributeSets = BoundedMemo<CallKey, EncodedAttributes>(capacity: 256)

    static func encodedAttributes(method: String, url: String) -> EncodedAttributes {
        encodedAttributeSets.value(for: CallKey(method: method, url: url)) {
            let target = target(of: url)
            var attributes = EncodedAttributes()
            attributes.add("http.request.method", method)
            attributes.add("url.full", target.url)
            attributes.add("server.address", target.host)
            if let port = target.port { attributes.add("server.port", port) }
            return attributes
        }
    }

    /// Upstream-call span attributes by method and URL: a gateway calls a handful of URLs over
    /// and over, so each set is built once and shared (copy-on-write).
    private static let attributeSets = BoundedMemo<CallKey, CallAttributes>(capacity: 256)

    struct CallKey: Hashable, Sendable {
        var method: String
        var url: String
    }

    /// `SpanAttributes` is not `Sendable`; these hold only strings and a port, never mutated.
    struct CallAttributes: @unchecked Sendable {
        var attributes: SpanAttributes
    }

    static func attributes(method: String, url: String) -> SpanAttributes {
        attributeSets.value(for: CallKey(method: method, url: url)) {
            let target = target(of: url)
            var attributes = SpanAttributes()
            attributes["http.request.method"] = method
            attributes["url.full"] = target.url
            attributes["server.address"] = target.host
            if let port = target.port { attributes["server.port"] = port }
            return CallAttributes(attributes: attributes)
        }.attributes
    }

    /// The URL without its query, and its host and port.
    static func target(of url: String) -> (url: String, host: String, port: Int?) {
        let bare = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        var rest = Substring(bare)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let authority = rest.prefix { $0 != "/" }
        let hostPort = authority.split(separator: "@").last ?? authority
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            let host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            return (bare, host, after.hasPrefix(":") ? Int(after.dropFirst()) : nil)
        }
        let parts = hostPort.split(separator: ":", maxSplits: 1)
        return (bare, parts.first.map(String.init) ?? "", parts.count == 2 ? Int(parts[1]) : nil)
    }
}

/// Ends a span exactly once: when the body ends, fails, or (if the reader walks away without
/// finishing) when the body is released.
final class SpanEnding: Sendable {
    private let span: Mutex<(any Span)?>

    init(_ span: any Span) {
        self.span = Mutex(span)
    }

    func end(errorType: String?, message: String?) {
        guard let span = self.span.withLock({ state -> (any Span)? in
            defer { state = nil }
            return state
        }) else { return }
        if let errorType {
            span.attributes["error.type"] = errorType
            span.setStatus(SpanStatus(code: .error, message: message))
        }
        span.end()
    }

    deinit {
        span.withLock { $0 }?.end()
    }
}

/// Writes trace headers into NIO's `HTTPHeaders`.
struct HTTPHeadersInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout HTTPHeaders) {
        carrier.replaceOrAdd(name: key, value: value)
    }
}
