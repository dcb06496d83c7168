import Foundation
import Synchronization
import Crypto
import GaiCore
import GaiMessagesAPI
import GaiRouting
import GaiStorage
import HTTPTypes
import Hummingbird
import NIOCore

/// What a handler produced, before idempotency bookkeeping turns it into a response.
enum Answer: Sendable {
    /// A complete JSON body (status 200).
    case body(ByteBuffer)
    /// A stream at its commit point, and how to encode it.
    case stream(ModelRouter.Routed<PreparedStream>, StreamOutput)
}

/// An error with a status the taxonomy does not imply (409 and 422 of the idempotency rules).
struct StatusError: Error, Sendable {
    var error: GaiError
    var status: HTTPResponse.Status
}

extension Gateway {
    /// Runs `run` under the request's idempotency key (`Idempotency-Key` or `X-Idempotency-Key`),
    /// following the IETF draft: the first request runs; a duplicate with the same body waits for
    /// it (or gets 409 with `idempotency.in_flight: conflict`) and gets its answer; a completed
    /// answer is replayed with `Idempotent-Replayed: true` until the TTL ends; the same key with a
    /// different body is refused with 422. Streams are recorded event by event and replayed, and
    /// `Last-Event-ID: N` resumes after event N, also while the first request still streams.
    ///
    /// What is kept: successes, and errors the request itself caused (``requestCausedCodes``).
    /// Any other failure frees the key, so the client may retry with it; duplicates already
    /// waiting get that failure.
    func serve(
        _ request: Request, context: GatewayRequestContext, body: ByteBuffer, dialect: ErrorDialect,
        run: () async throws(GaiError) -> Answer
    ) async throws -> Response {
        let lastEventID = request.headers[.lastEventID].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let key = Self.idempotencyKey(request) else {
            if let lastEventID, let requestID = request.headers[.requestID],
                let recording = await idempotencyStore.recording(caller: Self.caller(context), requestID: requestID)
            {
                return replayStream(recording, after: lastEventID, context: context)
            }
            return try await respond(to: run(), request: request, context: context, ticket: nil, caller: "")
        }
        let caller = Self.caller(context)
        let scope = IdempotencyScope(caller: caller, key: key.value)
        switch await idempotencyStore.claim(scope, fingerprint: Self.fingerprint(request, body: body)) {
        case .mismatch:
            throw StatusError(
                error: .invalidRequest(
                    "The Idempotency-Key '\(key.value)' was already used with a different request; use a new key for a new request.",
                    param: "Idempotency-Key"),
                status: .unprocessableContent)
        case .completed(let response):
            return replay(response, context: context)
        case .stream(let recording):
            return replayStream(recording, after: lastEventID, context: context)
        case .running(let waiter):
            if configuration.idempotencyInFlight == .conflict, lastEventID == nil {
                throw StatusError(
                    error: GaiError(
                        .invalidRequest, "A request with the Idempotency-Key '\(key.value)' is still in progress; retry later.",
                        retryAfter: .seconds(1), param: "Idempotency-Key"),
                    status: .conflict)
            }
            switch await waiter.outcome() {
            case .response(let response): return replay(response, context: context)
            case .stream(let recording): return replayStream(recording, after: lastEventID, context: context)
            case nil:
                throw StatusError(
                    error: GaiError(
                        .invalidRequest,
                        "The first request with the Idempotency-Key '\(key.value)' ended without an answer; send it again.",
                        retryAfter: .seconds(1), param: "Idempotency-Key"),
                    status: .conflict)
            }
        case .acquired(let ticket):
            let answer: Answer
            do {
                answer = try await run()
            } catch {
                // Only an error the request itself caused is final; anything else (transient,
                // a gateway or provider-side fault) frees the key for a retry.
                let keep = Self.requestCausedCodes.contains(error.code)
                await idempotencyStore.complete(ticket, outcome: .response(errorResponse(error, dialect: dialect, context: context)), keep: keep)
                throw error
            }
            return try await respond(to: answer, request: request, context: context, ticket: ticket, caller: caller)
        }
    }

    private func respond(
        to answer: Answer, request: Request, context: GatewayRequestContext, ticket: IdempotencyTicket?, caller: String
    ) async throws -> Response {
        switch answer {
        case .body(let bytes):
            if let ticket {
                let stored = IdempotentResponse(status: 200, headers: summaryHeaders(context, contentType: "application/json"), body: bytes)
                await idempotencyStore.complete(ticket, outcome: .response(stored), keep: true)
            }
            return Self.json(bytes)
        case .stream(let routed, let output):
            var recording: StreamRecording?
            if let ticket {
                let made = StreamRecording(
                    framing: output.framing == .sse ? .sse : .ndjson, contentType: output.framing.contentType,
                    headers: summaryHeaders(context, contentType: nil))
                await idempotencyStore.complete(ticket, outcome: .stream(made), keep: true)
                await idempotencyStore.indexRecording(made, caller: caller, requestID: context.requestID.value)
                recording = made
            }
            return streamResponse(routed, request: request, context: context, output: output, recording: recording)
        }
    }

    /// The `x-gai-*` summary headers, stored with a response so a replay repeats them.
    private func summaryHeaders(_ context: GatewayRequestContext, contentType: String?) -> [String: String] {
        var headers: [String: String] = [:]
        if let contentType { headers["content-type"] = contentType }
        let attempts = context.access.fields.withLock { $0.attempts }
        headers[HTTPField.Name.gaiAttempts.canonicalName] = String(attempts.upstreamCalls)
        if let last = attempts.last { headers[HTTPField.Name.gaiDeployment.canonicalName] = last.deployment.description }
        return headers
    }

    private func replay(_ response: IdempotentResponse, context: GatewayRequestContext) -> Response {
        var headers = HTTPFields()
        for (name, value) in response.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        headers[.idempotentReplayed] = "true"
        context.access.update { $0.replayed = true }
        return Response(status: .init(code: response.status), headers: headers, body: .init(byteBuffer: response.body))
    }

    private func errorResponse(_ error: GaiError, dialect: ErrorDialect, context: GatewayRequestContext) -> IdempotentResponse {
        let response: Response
        switch dialect {
        case .openai: response = ErrorResponse.response(for: error)
        case .anthropic: response = AnthropicErrorResponse.response(for: error, status: nil, requestID: context.requestID.value)
        }
        var headers: [String: String] = [:]
        for field in response.headers { headers[field.name.canonicalName] = field.value }
        let body: ByteBuffer
        switch dialect {
        case .openai: body = ErrorResponse.body(for: error)
        case .anthropic: body = MessagesErrorBody.body(for: error, requestID: context.requestID.value)
        }
        return IdempotentResponse(status: Int(response.status.code), headers: headers, body: body)
    }

    /// Errors that sending the same request again would reproduce: kept and replayed like answers.
    static let requestCausedCodes: Set<ErrorCode> = [.invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported, .notFound]

    static func idempotencyKey(_ request: Request) -> IdempotencyKey? {
        (request.headers[.idempotencyKey] ?? request.headers[.xIdempotencyKey]).flatMap(IdempotencyKey.init(headerValue:))
    }

    /// Who owns an idempotency key: the gateway key's id, or the client's address without one.
    static func caller(_ context: GatewayRequestContext) -> String {
        if let key = context.apiKey { return key.id }
        return context.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// SHA-256 of method, path and body: the same key with another request is refused.
    static func fingerprint(_ request: Request, body: ByteBuffer) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(request.method.rawValue.utf8))
        hasher.update(data: Array(request.uri.path.utf8))
        hasher.update(data: [0])
        body.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
        }.joined()
    }
}
