import Foundation
import GaiStorage
import Synchronization
import GaiRouting
import GaiCore
import HTTPTypes
import Hummingbird
import Logging
import GaiTelemetry
import GaiProviderKit
import GaiTracing
import Tracing

/// Runs around every route: assigns the request id (the client's, when sane), turns every
/// thrown error into the OpenAI error shape (Anthropic's on `/v1/messages…`), sets
/// `x-request-id` (and Anthropic's `request-id` there), and writes the access log line
/// (streams write their own when they end).
struct GatewayMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let logger: Logger
    /// Settles reservations and records usage when a request ends (``Gateway/finishRequest(_:requestID:)``).
    let finish: @Sendable (AccessRecord, GaiCore.RequestID) async -> Void
    /// Checks the gateway key of `/v1/…` requests; `nil` with `auth: none`.
    let authenticator: KeyAuthenticator?
    /// The values model and deployment labels may take.
    let metricLabels: MetricLabels
    /// Observability events (`nil`: none).
    let events: EventPipeline?
    /// Request spans (`nil`: tracing off).
    let tracing: GatewayTracing?

    /// Milliseconds with three decimals (`x-gai-overhead-ms`, the access log's `latency_ms`),
    /// whole microseconds counted exactly (no floating point).
    static func milliseconds(_ duration: Duration) -> String {
        let micros = max(0, duration.wholeMicroseconds)
        let fraction = String(micros % 1000)
        return "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        var context = context
        // `uri.path` parses the URI on every read: once here.
        let path = request.uri.path
        let isAPI = path.hasPrefix("/v1/")
        if isAPI { GatewayMetrics.requestStarted() }
        if let clientValue = request.headers[.requestID], let clientID = GaiCore.RequestID(clientValue: clientValue) {
            context.requestID = clientID
        }
        var trace = RequestTrace()
        if isAPI {
            trace = RequestTrace(request, path: path, requestID: context.requestID, tracing: tracing)
            if let events {
                RequestReceived.emit(
                    requestID: context.requestID.value, traceID: trace.traceID, method: request.method.rawValue, path: path,
                    timestamp: trace.native.map { Int64($0.start / 1_000_000) } ?? WallClock.nowMilliseconds(), to: events)
            }
        }
        context.access.update {
            $0.startedAt = start
            $0.span = trace.span
            $0.nativeSpan = trace.native
            $0.traceID = trace.traceID
        }
        let dialect = ErrorDialect(path: path)
        var response: Response
        do {
            if let authenticator, isAPI {
                let key = try await authenticator.authenticate(Self.presentedKey(request))
                context.apiKey = key
                context.access.update {
                    $0.keyID = key.id
                    $0.apiKey = key
                }
            }
            // A sampled request's recorder rides in the context (and from there in each upstream
            // request, `ProviderContext.callRecorder`), not in a task local: binding one per request
            // and looking it up per call cost allocations and walks of the task's bound values.
            context.traceRecorder = trace.native
            if trace.native != nil {
                response = try await next(request, context)
            } else if let span = trace.span {
                let current = context
                response = try await InstrumentationContext.withValue(span.context) { try await next(request, current) }
            } else if let clientTrace = trace.forwarded {
                let current = context
                response = try await UpstreamTraceHeaders.$current.withValue(clientTrace) { try await next(request, current) }
            } else {
                response = try await next(request, context)
            }
        } catch {
            let (gaiError, status) = Self.classify(error, request: request)
            context.access.update { $0.errorCode = gaiError.code }
            switch dialect {
            case .openai:
                response = ErrorResponse.response(for: gaiError, status: status)
            case .anthropic:
                response = AnthropicErrorResponse.response(for: gaiError, status: status, requestID: context.requestID.value)
            }
        }
        response.headers[.requestID] = context.requestID.value
        let (attempts, shouldRetry) = context.access.fields.withLock { ($0.attempts, $0.shouldRetry) }
        if !attempts.isEmpty, response.headers[.gaiAttempts] == nil {
            response.headers[.gaiAttempts] = String(attempts.upstreamCalls)
            if let last = attempts.last { response.headers[.gaiDeployment] = last.deployment.description }
        }
        if let shouldRetry, response.status.code >= 400 {
            response.headers[.shouldRetry] = shouldRetry ? "true" : "false"
        } else if response.status.code >= 400, response.status.code < 500, response.status.code != 408, response.status.code != 409,
            response.status.code != 429
        {
            // The request itself is wrong: sending it again cannot help.
            response.headers[.shouldRetry] = "false"
        }
        if dialect == .anthropic {
            response.headers[.anthropicRequestID] = context.requestID.value
        }
        let (loggedByStream, admission, upstream) = context.access.fields.withLock {
            ($0.loggedByStream, $0.admission, $0.attempts.upstreamTime)
        }
        if let admission {
            response.headers.append(contentsOf: admission.headers)
        }
        // The gateway's own time: everything but the upstream calls (for a stream, up to its
        // first content, which is when these headers leave).
        let overhead = max(.zero, ContinuousClock.now - start - upstream)
        response.headers[.gaiOverhead] = Self.milliseconds(overhead)
        if !loggedByStream {
            await finish(context.access, context.requestID)
            context.access.log(
                to: logger, requestID: context.requestID, method: request.method.rawValue, path: path,
                status: response.status.code, start: start, labels: metricLabels, events: events)
        }
        return response
    }

    /// A `/v1` request's trace: the gateway's own span when tracing is on and the request is
    /// sampled (continuing the client's trace); else the trace headers to send upstream as they
    /// are — the unsampled span's context, or with tracing off the client's own.
    struct RequestTrace {
        var span: (any Span)?
        /// The sampled request's span under native tracing.
        var native: RequestTraceRecorder?
        var forwarded: UpstreamTraceHeaders?
        var traceID: String?

        init() {}

        // Borrowed: taken owned (an initializer's default), the request was copied and destroyed per request.
        init(_ request: borrowing Request, path: String, requestID: GaiCore.RequestID, tracing: GatewayTracing?) {
            guard let tracing else {
                if let header = request.headers[.traceparent], let parsed = TraceParent(header: header) {
                    forwarded = UpstreamTraceHeaders(traceparent: header, tracestate: request.headers[.tracestate])
                    traceID = parsed.traceID
                }
                return
            }
            if let tracer = tracing.native {
                var parent = request.headers[.traceparent].flatMap(GaiSpanContext.init(traceparent:))
                if parent != nil, let state = request.headers[.tracestate], !state.isEmpty { parent?.traceState = state }
                let context = tracer.newSpanContext(parent: parent)
                traceID = context.traceID.hex
                if context.sampled {
                    // Its monotonic anchor is read right after the wall clock (the default), not
                    // taken from `start`: the span times derived from it must match this reading.
                    native = RequestTraceRecorder(tracer: tracer, context: context, start: tracer.nowNanoseconds())
                } else {
                    // As below: only the context goes upstream, with flag 00.
                    forwarded = UpstreamTraceHeaders(context.w3cTraceParent, tracestate: context.traceState)
                }
                return
            }
            var parent = InstrumentationContext.topLevel
            tracing.tracer.extract(request.headers, into: &parent, using: HTTPFieldsExtractor())
            let requestSpan = tracing.tracer.startSpan("\(request.method.rawValue) \(path)", context: parent, ofKind: .server)
            traceID = tracing.traceID(requestSpan.context)
            if requestSpan.isRecording {
                let method = request.method.rawValue
                requestSpan.updateAttributes { attributes in
                    attributes["http.request.method"] = method
                    attributes["http.route"] = path
                    attributes["gai.request_id"] = requestID.value
                }
                span = requestSpan
            } else {
                // Not sampled: no spans below it, only its context sent upstream (flag 00), so
                // the upstream does not sample the trace either.
                var carrier: [String: String] = [:]
                tracing.tracer.inject(requestSpan.context, into: &carrier, using: DictionaryInjector())
                forwarded = carrier["traceparent"].map { UpstreamTraceHeaders(traceparent: $0, tracestate: carrier["tracestate"]) }
            }
        }
    }

    /// The key a client sent: `Authorization: Bearer …` (OpenAI SDKs) or `x-api-key` (Anthropic SDKs).
    static func presentedKey(_ request: Request) -> String? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                return String(parts[1]).trimmingCharacters(in: .whitespaces)
            }
        }
        return request.headers[.xAPIKey]
    }

    /// Errors from handlers are ``GaiError``s; the framework's own (no route, wrong method,
    /// body too large) are mapped onto the taxonomy here.
    static func classify(_ error: any Error, request: Request) -> (GaiError, HTTPResponse.Status?) {
        if let error = error as? GaiError {
            return (error, nil)
        }
        if let error = error as? StatusError {
            return (error.error, error.status)
        }
        if let error = error as? any HTTPResponseError {
            switch error.status {
            case .notFound:
                return (GaiError(.notFound, "No route for \(request.method.rawValue) \(request.uri.path)"), .notFound)
            case .methodNotAllowed:
                return (GaiError(.invalidRequest, "\(request.method.rawValue) is not allowed on \(request.uri.path)"), .methodNotAllowed)
            case .contentTooLarge:
                return (GaiError(.invalidRequest, "The request body is too large"), .contentTooLarge)
            case let status where (400..<500).contains(status.code):
                return (GaiError(.invalidRequest, status.reasonPhrase), status)
            default:
                return (GaiError(.internal, "The gateway failed to handle the request"), .internalServerError)
            }
        }
        return (GaiError(.internal, "The gateway failed to handle the request", underlying: [error]), .internalServerError)
    }
}
