import Foundation
import Synchronization
import GaiCore
import GaiRouting
import GaiStorage
import Hummingbird
import NIOCore
import GaiTracing
import Tracing

extension Gateway {
    /// Runs one logical call over the model's deployments (retries, breakers, fallback), noting
    /// every attempt on the access record. A failure is written to the dead-letter queue and
    /// rethrown as its ``GaiError``.
    func routed<Value: Sendable>(
        model: String, providerContext: ProviderContext, request: Request, context: GatewayRequestContext, body: ByteBuffer,
        operation: (ModelRouter.Target) async throws(GaiError) -> Value
    ) async throws(GaiError) -> ModelRouter.Routed<Value> {
        context.access.update { $0.model = model }
        do {
            let routed: ModelRouter.Routed<Value>
            // The request's trace only when tracing is on (under native tracing, from its context).
            switch (tracing, tracing.flatMap { GatewayTracing.RequestTrace.of(context, in: $0) }) {
            case let (tracing?, .recorded(recorder)?):
                // A span per attempt, under the request's, noted as the router goes.
                let attempts = GatewayTracing.RecordedAttempts(
                    tracing: tracing, recorder: recorder, operationName: GatewayTracing.operationName(requestTarget: request.head.path))
                routed = try await modelRouter.call(model: model, deadline: providerContext.deadline, observer: attempts, operation: operation)
            case let (tracing?, .span(parent)?):
                // A span per attempt, under the request's, bound as the attempt's context.
                let operationName = GatewayTracing.operationName(requestTarget: request.head.path)
                var number = 0
                routed = try await modelRouter.call(model: model, deadline: providerContext.deadline) { target throws(GaiError) in
                    number += 1
                    return try await tracing.attempt(target, number: number, operationName: operationName, parent: parent, operation: operation)
                }
            default:
                routed = try await modelRouter.call(model: model, deadline: providerContext.deadline, operation: operation)
            }
            context.access.update {
                $0.provider = routed.target.provider.name
                $0.providerKind = routed.target.provider.kind
                $0.attempts = routed.attempts
            }
            return routed
        } catch {
            let kind = error.attempts.last.flatMap { modelRouter.providers[$0.deployment.provider]?.kind }
            context.access.update {
                $0.attempts = error.attempts
                $0.shouldRetry = error.clientShouldRetry
                if let last = error.attempts.last { $0.provider = last.deployment.provider }
                $0.providerKind = kind
            }
            let stream = context.access.fields.withLock { $0.stream }
            deadLetter(error, model: model, providerContext: providerContext, request: request, body: body, stream: stream)
            throw error.error
        }
    }

    /// The request's deadline: the configured request timeout, shortened by the client's own
    /// (`x-gai-timeout-ms`, or the `x-stainless-timeout` seconds the OpenAI and Anthropic SDKs send).
    func deadline(for request: Request) -> NIODeadline {
        var timeout = configuration.requestTimeout
        if let text = request.headers[.gaiTimeout], let milliseconds = Int64(text), milliseconds > 0 {
            timeout = min(timeout, .milliseconds(milliseconds))
        }
        if let text = request.headers[.stainlessTimeout], let seconds = Double(text), seconds.isFinite, seconds > 0 {
            timeout = min(timeout, .milliseconds(Int64(min(seconds, 86_400) * 1000)))
        }
        return .now() + .nanoseconds(timeout.nanosecondsClamped)
    }

    /// Writes a failed call to the dead-letter queue, unless the request itself was the problem
    /// (sending it again cannot succeed) or nothing was tried.
    func deadLetter(
        _ failure: RoutingFailure, model: String, providerContext: ProviderContext, request: Request, body: ByteBuffer, stream: Bool
    ) {
        guard let deadLetters, !failure.attempts.isEmpty else { return }
        if Self.requestCausedCodes.contains(failure.error.code) { return }
        let now = Double(WallClock.nowMilliseconds()) / 1000
        let attempts = failure.attempts.map { attempt in
            let (seconds, attoseconds) = attempt.duration.components
            return DeadLetterAttempt(
                deployment: attempt.deployment.description, outcome: attempt.outcome.label,
                code: { if case .failure(let code) = attempt.outcome { code.rawValue } else { nil } }(),
                durationMs: Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        let firstFailure = failure.attempts.first.map { $0.endedAt - RetryPolicy.seconds($0.duration) } ?? now
        let entry = DeadLetterEntry(
            id: GaiCore.RequestID().value, requestID: providerContext.requestID.value,
            idempotencyKey: providerContext.idempotencyKey?.value, model: model, endpoint: request.uri.path,
            stream: stream, requestBody: SecretRedactor.redactJSONBody(body.readableBytesView),
            errorCode: failure.error.code.rawValue, errorMessage: failure.error.message,
            httpStatus: Int(ErrorResponse.status(for: failure.error).code), attempts: attempts,
            firstFailureAt: firstFailure, lastFailureAt: failure.attempts.last?.endedAt ?? now, createdAt: now, retryCount: 0)
        deadLetters.submit(entry)
    }
}

extension ChatStreamChunk {
    /// Whether the chunk carries something the client would see as the answer starting (text,
    /// reasoning, a refusal, a tool call, a finish reason or usage): the stream's commit point.
    /// Role-only and empty chunks before it are held back, so a failover stays invisible.
    var isCommitPoint: Bool {
        if chunk.usage != nil { return true }
        for choice in chunk.choices {
            if choice.finishReason != nil || choice.delta.toolCalls != nil { return true }
            if let text = choice.delta.content, !text.isEmpty { return true }
            if let text = choice.delta.reasoningContent, !text.isEmpty { return true }
            if let text = choice.delta.refusal, !text.isEmpty { return true }
        }
        return false
    }
}
