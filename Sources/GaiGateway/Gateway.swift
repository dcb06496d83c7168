import Foundation
import GaiCore
import GaiLimits
import GaiRouting
import GaiTelemetry
import GaiStorage
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// The HTTP surface: OpenAI-compatible routes, and Anthropic's Messages API, over a ``ModelRouter``.
///
/// Handlers stay thin: decode, validate, resolve the model, call the provider, encode. Providers,
/// transports and configuration are injected by the `gai` executable (or by an embedding app).
public struct Gateway: Sendable {
    public let configuration: GatewayConfiguration
    public let modelRouter: ModelRouter
    /// Idempotency records (in memory now; a shared store for many replicas later).
    public let idempotencyStore: any IdempotencyStore
    /// Where failed calls are written; `nil` disables the DLQ.
    public let deadLetters: DeadLetterQueue?
    /// Gateway keys (checked on `/v1/…` when ``GatewayConfiguration/authRequired``; managed on
    /// `/admin/keys`); `nil` disables both.
    public let keys: KeyAuthenticator?
    /// Rate, token and concurrency limits; `nil`: none configured.
    public let limiter: RequestLimiter?
    /// The usage ledger and budgets; `nil`: nothing is priced or recorded.
    public let spend: SpendTracker?
    /// The breaker in front of the shared limit store (Redis), reported by `/admin/resilience`;
    /// `nil` when limits are kept in memory.
    public let limitStoreBreaker: SharedStoreBreaker?
    /// Renders the metrics backend's registry in the Prometheus text format for `GET /metrics`;
    /// `nil`: no metrics backend (404).
    public let metricsExposition: (@Sendable () -> [UInt8])?
    /// Where observability events go (`nil`: none are made).
    public let events: EventPipeline?
    /// Spans for requests, attempts and upstream calls (`nil`: tracing off; a client's
    /// `traceparent` is still forwarded upstream and its trace id logged).
    public let tracing: GatewayTracing?
    let logger: Logger
    let startedAt: Int64
    /// The values model and deployment labels may take (configured names, `provider/*`).
    let metricLabels: MetricLabels

    public init(
        configuration: GatewayConfiguration, modelRouter: ModelRouter, logger: Logger,
        idempotencyStore: any IdempotencyStore = InMemoryIdempotencyStore(), deadLetters: DeadLetterQueue? = nil,
        keys: KeyAuthenticator? = nil, limiter: RequestLimiter? = nil, spend: SpendTracker? = nil,
        limitStoreBreaker: SharedStoreBreaker? = nil, metricsExposition: (@Sendable () -> [UInt8])? = nil,
        events: EventPipeline? = nil, tracing: GatewayTracing? = nil
    ) {
        self.events = events
        self.tracing = tracing
        self.limitStoreBreaker = limitStoreBreaker
        self.metricsExposition = metricsExposition
        self.spend = spend
        self.keys = keys
        self.limiter = limiter
        self.configuration = configuration
        self.modelRouter = modelRouter
        self.logger = logger
        self.idempotencyStore = idempotencyStore
        self.deadLetters = deadLetters
        self.startedAt = WallClock.nowSeconds()
        let wildcards = modelRouter.providers.keys.map { $0 + "/*" }
        self.metricLabels = MetricLabels(
            models: Set(modelRouter.registry.routes.map(\.name)).union(wildcards),
            deployments: Set(modelRouter.registry.routes.flatMap { $0.deployments.map(\.key.description) }).union(wildcards))
    }

    /// All routes, behind the middleware that assigns request ids, shapes errors and logs.
    public func makeRouter() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        router.add(
            middleware: GatewayMiddleware(
                logger: logger, finish: { access, requestID in await self.finishRequest(access, requestID: requestID) },
                authenticator: configuration.authRequired ? keys : nil, metricLabels: metricLabels, events: events,
                tracing: tracing))
        router.post("/v1/chat/completions") { request, context in
            try await self.chatCompletions(request, context: context)
        }
        router.post("/v1/messages") { request, context in
            try await self.messages(request, context: context)
        }
        router.post("/v1/messages/count_tokens") { request, context in
            try await self.countMessageTokens(request, context: context)
        }
        router.post("/v1/embeddings") { request, context in
            try await self.embeddings(request, context: context)
        }
        router.get("/v1/models") { _, _ in
            self.listModels()
        }
        router.get("/v1/models/{model}") { _, context in
            try self.retrieveModel(context.parameters.require("model"))
        }
        router.get("/health/live") { _, _ in
            Self.json(#"{"status":"ok"}"#)
        }
        router.get("/health/ready") { _, _ in
            await self.readiness()
        }
        router.get("/health/startup") { _, _ in
            // Routes exist only once configuration, stores and providers are set up.
            Self.json(#"{"status":"started"}"#)
        }
        router.get("/debug/stats") { request, _ in
            try self.requireAdmin(request)
            return self.debugStats()
        }
        router.get("/metrics") { _, _ in
            await self.metrics()
        }
        addAdminRoutes(to: router)
        addKeyRoutes(to: router)
        return router
    }

    // MARK: - Shared steps

    /// Reads the body, refusing more than `server.max_body_bytes`.
    func collectBody(_ request: Request) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: configuration.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw HTTPError(.contentTooLarge)
        }
    }

    /// Lets the request in under the rate, token and concurrency limits that apply to it
    /// (`rate_limited` otherwise). `estimatedTokens` is reserved from token limits until the
    /// request ends and the real usage is known.
    /// The request's budgets are checked too: its expected cost (prompt estimate and completion
    /// cap at the first deployment's prices) is reserved until it ends.
    func admit(_ target: ModelRouter.Target, body: ByteBuffer, maxTokens: Int?, context: GatewayRequestContext) async throws(GaiError) {
        let model = target.model
        let promptTokens = body.readableBytes / 4
        let completionTokens = maxTokens ?? limiter?.defaultMaxTokens ?? 1024
        if let limiter, limiter.applies(to: context.apiKey) {
            let admission = try await limiter.admit(model: model, key: context.apiKey, estimatedTokens: promptTokens + completionTokens)
            context.access.update { $0.admission = admission }
        }
        if let spend, !spend.applicable(context.apiKey).isEmpty {
            let expected = spend.cost(
                target.deployment.model, target.provider.kind, Usage(promptTokens: promptTokens, completionTokens: completionTokens))
            do {
                let reservation = try await spend.reserve(key: context.apiKey, expectedCost: expected)
                context.access.update { $0.budgetReservation = reservation }
            } catch {
                let admission = context.access.fields.withLock { $0.admission }
                await admission?.finish(actualTokens: 0)
                throw error
            }
        }
    }

    /// Settles what the request reserved and writes its usage to the ledger: called once, when the
    /// response (or the stream) has ended.
    func finishRequest(_ access: AccessRecord, requestID: GaiCore.RequestID) async {
        // Only what is needed, not a copy of the record: that retained and released every string
        // and list in it (the trace's too) on every request.
        let (admission, tokens) = access.fields.withLock { fields in
            (fields.admission, fields.loggedByStream ? fields.usage?.totalTokens : fields.usage?.totalTokens ?? 0)
        }
        await admission?.finish(actualTokens: tokens)
        guard let spend else { return }
        let fields = access.fields.withLock { fields in
            (
                usage: fields.usage, model: fields.model, deployment: fields.attempts.last?.deployment, apiKey: fields.apiKey,
                provider: fields.provider, budgetReservation: fields.budgetReservation
            )
        }
        var record: UsageRecord?
        if let usage = fields.usage, let model = fields.model {
            let deployment = fields.deployment
            let kind = deployment.flatMap { modelRouter.providers[$0.provider]?.kind }
            record = UsageRecord(
                id: requestID.value, at: Double(WallClock.nowMilliseconds()) / 1000, requestID: requestID.value, keyID: fields.apiKey?.id,
                user: fields.apiKey?.user, team: fields.apiKey?.team, model: model, provider: fields.provider,
                promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, cachedTokens: usage.cachedTokens ?? 0,
                reasoningTokens: usage.reasoningTokens ?? 0, costUSD: spend.cost(deployment?.model ?? model, kind, usage))
            access.update { $0.costUSD = record?.costUSD }
        }
        await spend.finish(fields.budgetReservation, record: record)
    }

    /// Checks that the model exists (before any idempotency record is made for it), noting it in
    /// the access record.
    func route(_ model: String, context: GatewayRequestContext) throws(GaiError) -> ModelRouter.Target {
        context.access.update { $0.model = model }
        if let key = context.apiKey, !key.allows(model: model) {
            throw GaiError(.forbidden, "This API key may not use the model '\(model)'.", param: "model")
        }
        return try modelRouter.target(for: model)
    }

    func requestContext(_ request: Request, context: GatewayRequestContext, body: ByteBuffer, clientModel: String) -> ProviderContext {
        ProviderContext(
            requestID: context.requestID,
            idempotencyKey: Self.idempotencyKey(request),
            deadline: deadline(for: request),
            originalBody: body,
            clientModel: clientModel,
            faultPlan: configuration.chaosEnabled ? request.headers[.gaiFault] : nil,
            callRecorder: context.traceRecorder)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        json(ByteBuffer(string: text), status: status)
    }

    static func json(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: buffer))
    }

    static func encode(_ value: some Encodable) throws(GaiError) -> ByteBuffer {
        do {
            return ByteBuffer(bytes: try GaiJSON.makeEncoder().encode(value))
        } catch {
            throw GaiError.internal("Encoding the response failed")
        }
    }
}

extension Duration {
    var nanosecondsClamped: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : product &+ attoseconds / 1_000_000_000
    }
}
