import Foundation
import GaiAnthropicWire
import GaiCore
import GaiLimits
import GaiMessagesAPI
import GaiRouting
import GaiStorage
import HTTPTypes
import Hummingbird
import NIOCore

/// The admin API (`/admin/…`): resilience state and the dead-letter queue. Every route needs the
/// admin key (`GAI_ADMIN_KEY`) as a bearer token or `x-api-key`; without a configured key the
/// whole API answers 403.
extension Gateway {
    func addAdminRoutes(to router: Router<GatewayRequestContext>) {
        router.get("/admin/resilience") { request, _ in
            try self.requireAdmin(request)
            return try self.resilienceReport()
        }
        router.post("/admin/breakers/reset") { request, _ in
            try self.requireAdmin(request)
            self.modelRouter.resilience.resetBreakers()
            return Self.json(#"{"reset":true}"#)
        }
        router.get("/admin/dlq") { request, _ in
            try self.requireAdmin(request)
            return try await self.listDeadLetters(request)
        }
        router.get("/admin/dlq/{id}") { request, context in
            try self.requireAdmin(request)
            let entry = try await self.deadLetter(id: context.parameters.require("id"))
            return Self.json(try Self.encode(entry))
        }
        router.post("/admin/dlq/{id}/retry") { request, context in
            try self.requireAdmin(request)
            return try await self.retryDeadLetter(id: context.parameters.require("id"), context: context)
        }
        router.delete("/admin/dlq/{id}") { request, context in
            try self.requireAdmin(request)
            let id = try context.parameters.require("id")
            let queue = try self.deadLetterQueue()
            guard try await queue.store.delete(id: id) else { throw GaiError(.notFound, "No dead letter has the id '\(id)'") }
            return Self.json(#"{"id":\#(JSONText.quoted(id)),"deleted":true}"#)
        }
        router.delete("/admin/dlq") { request, _ in
            try self.requireAdmin(request)
            let queue = try self.deadLetterQueue()
            await queue.flush()
            let deleted = try await queue.store.deleteAll()
            return Self.json(#"{"deleted":\#(deleted)}"#)
        }
        router.get("/admin/events") { request, context in try self.tailEvents(request, context: context) }
    }

    /// Refuses the request unless it carries the admin key. The comparison takes the same time
    /// whatever the key, so timing reveals nothing about it.
    func requireAdmin(_ request: Request) throws {
        guard let adminKey = configuration.adminKey else {
            throw StatusError(
                error: GaiError(.forbidden, "The admin API is disabled: start the gateway with GAI_ADMIN_KEY (admin_key) set."),
                status: .forbidden)
        }
        guard let presented = GatewayMiddleware.presentedKey(request), Self.constantTimeEqual(presented, adminKey) else {
            throw GaiError(.unauthorized, "The admin API needs the admin key as 'Authorization: Bearer <key>'.")
        }
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }

    func deadLetterQueue() throws(GaiError) -> DeadLetterQueue {
        guard let deadLetters else { throw GaiError(.notFound, "The dead-letter queue is disabled") }
        return deadLetters
    }

    /// Breakers, retry budgets and deployment statistics.
    func resilienceReport() throws -> Response {
        let state = modelRouter.resilience
        let now = state.now()
        let breakers: [JSONValue] = state.breakerStates().map { key, breakerState in
            var object: [String: JSONValue] = ["deployment": .string(key.description)]
            switch breakerState {
            case .closed: object["state"] = .string("closed")
            case .halfOpen: object["state"] = .string("half_open")
            case .open(let until):
                object["state"] = .string("open")
                object["open_for_ms"] = .int(Int64(RetryPolicy.seconds(now.duration(to: until)) * 1000))
            }
            object["code"] = .int(Int64(breakerState.code))
            return .object(object)
        }
        let budgets: [JSONValue] = state.budgetSnapshot().map { key, budget in
            var object: [String: JSONValue] = [:]
            object["model"] = .string(key.model)
            object["provider"] = .string(key.provider)
            object["retries_available"] = .double((budget.remaining * 100).rounded() / 100)
            object["ratio"] = .double(budget.ratio)
            object["min_per_second"] = .double(budget.minRetriesPerSecond)
            return .object(object)
        }
        let stats: [JSONValue] = state.stats.all().sorted { $0.key < $1.key }.map { key, snapshot in
            var object: [String: JSONValue] = ["deployment": .string(key.description), "in_flight": .int(Int64(snapshot.inFlight))]
            if let latency = snapshot.latencySeconds { object["latency_ewma_ms"] = .double((latency * 1_000_000).rounded() / 1000) }
            object["samples"] = .int(Int64(snapshot.samples))
            return .object(object)
        }
        var report: [String: JSONValue] = ["breakers": .array(breakers), "retry_budgets": .array(budgets), "deployments": .array(stats)]
        if let deadLetters {
            var dlq: [String: JSONValue] = [:]
            dlq["pending"] = .int(Int64(deadLetters.pendingCount))
            dlq["dropped"] = .int(Int64(deadLetters.droppedCount))
            dlq["write_failures"] = .int(Int64(deadLetters.writeFailureCount))
            report["dlq"] = .object(dlq)
        }
        if let breaker = limitStoreBreaker {
            var store: [String: JSONValue] = [:]
            store["degraded"] = .bool(breaker.isDegraded)
            store["breaker_open"] = .bool(breaker.isOpen)
            store["failures"] = .int(Int64(breaker.failureCount))
            store["fallbacks"] = .int(Int64(breaker.fallbackCount))
            report["limit_store"] = .object(store)
        }
        return Self.json(try Self.encode(JSONValue.object(report)))
    }

    func listDeadLetters(_ request: Request) async throws -> Response {
        let queue = try deadLetterQueue()
        let limit = request.uri.queryParameters["limit"].flatMap { Int(String($0)) }.map { min(max($0, 1), 1000) } ?? 100
        let offset = request.uri.queryParameters["offset"].flatMap { Int(String($0)) }.map { max($0, 0) } ?? 0
        await queue.flush()
        let entries = try await queue.store.list(limit: limit, offset: offset)
        let total = try await queue.store.count()
        var body = ByteBuffer()
        body.writeString(#"{"object":"list","data":"#)
        var data = try Self.encode(entries)
        body.writeBuffer(&data)
        body.writeString(#","total":\#(total),"dropped":\#(queue.droppedCount)}"#)
        return Self.json(body)
    }

    func deadLetter(id: String) async throws -> DeadLetterEntry {
        let queue = try deadLetterQueue()
        await queue.flush()
        guard let entry = try await queue.store.get(id: id) else { throw GaiError(.notFound, "No dead letter has the id '\(id)'") }
        return entry
    }

    /// Sends a dead letter's request again (never as a stream). Success removes the entry and
    /// returns the answer; failure counts the retry on the entry and returns the error.
    func retryDeadLetter(id: String, context: GatewayRequestContext) async throws -> Response {
        let queue = try deadLetterQueue()
        var entry = try await deadLetter(id: id)
        let body = ByteBuffer(string: entry.requestBody)
        let providerContext = ProviderContext(
            requestID: context.requestID, deadline: .now() + .nanoseconds(configuration.requestTimeout.nanosecondsClamped))
        let answer: ByteBuffer
        do {
            answer = try await replayDeadLetter(entry, body: body, providerContext: providerContext)
        } catch {
            entry.retryCount += 1
            entry.lastFailureAt = Double(WallClock.nowMilliseconds()) / 1000
            entry.errorCode = error.code.rawValue
            entry.errorMessage = error.message
            try await queue.store.update(entry)
            throw error
        }
        _ = try await queue.store.delete(id: id)
        var response = ByteBuffer()
        response.writeString(#"{"id":\#(JSONText.quoted(id)),"status":"succeeded","response":"#)
        var answerCopy = answer
        response.writeBuffer(&answerCopy)
        response.writeString("}")
        return Self.json(response)
    }

    private func replayDeadLetter(
        _ entry: DeadLetterEntry, body: ByteBuffer, providerContext: ProviderContext
    ) async throws(GaiError) -> ByteBuffer {
        switch entry.endpoint {
        case "/v1/messages":
            var messages = try GaiJSON.decodeRequest(AnthropicMessagesRequest.self, from: body.readableBytesView)
            messages.stream = false
            let chat = try MessagesTranslation.chatRequest(from: messages)
            let routed = try await callDirect(model: chat.model, providerContext: providerContext) { target throws(GaiError) in
                var upstream = chat
                upstream.model = target.deployment.model
                return try await target.provider.chatCompletion(upstream, context: providerContext)
            }
            return try Self.encode(MessagesTranslation.message(from: try routed.value, clientModel: chat.model))
        case "/v1/embeddings":
            let request = try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: body.readableBytesView)
            let routed = try await callDirect(model: request.model, providerContext: providerContext) { target throws(GaiError) in
                var upstream = request
                upstream.model = target.deployment.model
                return try await target.provider.embeddings(upstream, context: providerContext)
            }
            if let raw = routed.rawBody { return raw }
            return try Self.encode(routed.value)
        default:
            var chat = try GaiJSON.decodeRequest(ChatRequest.self, from: body.readableBytesView)
            chat.stream = false
            chat.streamOptions = nil
            let routed = try await callDirect(model: chat.model, providerContext: providerContext) { target throws(GaiError) in
                var upstream = chat
                upstream.model = target.deployment.model
                return try await target.provider.chatCompletion(upstream, context: providerContext)
            }
            return try Self.encode(routed.value)
        }
    }

    private func callDirect<Value: Sendable>(
        model: String, providerContext: ProviderContext, operation: (ModelRouter.Target) async throws(GaiError) -> Value
    ) async throws(GaiError) -> Value {
        do {
            let routed = try await modelRouter.call(model: model, deadline: providerContext.deadline, operation: operation)
            routed.lease.release()
            return routed.value
        } catch {
            throw error.error
        }
    }
}

extension HTTPField.Name {
    static let xAPIKey = HTTPField.Name("x-api-key")!
}
