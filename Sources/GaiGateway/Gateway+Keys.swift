import Foundation
import GaiCore
import GaiLimits
import GaiStorage
import HTTPTypes
import Hummingbird
import NIOCore

/// The admin API's gateway keys: create (the key is shown once), list, get, update, revoke.
extension Gateway {
    func addKeyRoutes(to router: Router<GatewayRequestContext>) {
        router.post("/admin/keys") { request, _ in
            try self.requireAdmin(request)
            return try await self.createKey(request)
        }
        router.get("/admin/keys") { request, _ in
            try self.requireAdmin(request)
            let keys = try await self.keyAuthenticator().store.list()
            return Self.json(try Self.encode(KeyList(data: keys.map(KeyView.init))))
        }
        router.get("/admin/keys/{id}") { request, context in
            try self.requireAdmin(request)
            return Self.json(try Self.encode(KeyView(try await self.storedKey(context.parameters.require("id")))))
        }
        router.get("/admin/spend") { request, _ in
            try self.requireAdmin(request)
            return try await self.spendReport(request)
        }
        router.patch("/admin/keys/{id}") { request, context in
            try self.requireAdmin(request)
            return try await self.updateKey(context.parameters.require("id"), request)
        }
        router.delete("/admin/keys/{id}") { request, context in
            try self.requireAdmin(request)
            let authenticator = try self.keyAuthenticator()
            var key = try await self.storedKey(context.parameters.require("id"))
            let now = Double(WallClock.nowMilliseconds()) / 1000
            key.enabled = false
            key.revokedAt = key.revokedAt ?? now
            key.updatedAt = now
            _ = try await authenticator.store.update(key)
            await authenticator.changed(hash: key.hash)
            return Self.json(try Self.encode(KeyView(key)))
        }
    }

    /// `GET /admin/spend?by=key|user|team|model&period=daily|weekly|monthly` (default: by key,
    /// this month, UTC), or one subject with `?key=ID`, `?user=NAME` or `?team=NAME`: its totals
    /// from the ledger plus the budgets that cap it, with their live spent and reserved amounts.
    func spendReport(_ request: Request) async throws -> Response {
        guard let spend else { throw GaiError(.notFound, "The usage ledger is not configured") }
        let parameters = request.uri.queryParameters
        var scope: SpendScope
        var subject: String?
        if let key = parameters["key"] {
            (scope, subject) = (.key, String(key))
        } else if let user = parameters["user"] {
            (scope, subject) = (.user, String(user))
        } else if let team = parameters["team"] {
            (scope, subject) = (.team, String(team))
        } else {
            let byText = parameters["by"].map(String.init) ?? "key"
            guard let by = SpendScope(rawValue: byText) else {
                throw GaiError.invalidRequest("'by' must be key, user, team or model", param: "by")
            }
            scope = by
        }
        let periodText = parameters["period"].map(String.init) ?? "monthly"
        guard let period = GatewayKey.Budget.Period(rawValue: periodText) else {
            throw GaiError.invalidRequest("'period' must be daily, weekly or monthly", param: "period")
        }
        await spend.queue.flush()
        let since = SpendTracker.periodStart(period, at: Double(WallClock.nowMilliseconds()) / 1000)
        var totals = try await spend.store.totals(scope: scope, since: since)
        var budgets: [BudgetView]?
        if let subject {
            totals = totals.filter { $0.subject == subject }
            var rules = spend.budgets.filter { $0.scope == scope && $0.subject == subject }
            if scope == .key, let key = try? await keys?.store.key(id: subject), let budget = key.budget {
                rules.append(BudgetRule(scope: .key, subject: subject, usd: budget.usd, period: budget.period))
            }
            var views: [BudgetView] = []
            for rule in rules {
                let running = await spend.running(rule)
                views.append(
                    BudgetView(
                        scope: rule.scope.rawValue, subject: rule.subject, usd: rule.usd, period: rule.period.rawValue,
                        since: SpendTracker.periodStart(rule.period, at: Double(WallClock.nowMilliseconds()) / 1000),
                        spentUSD: running?.spent, reservedUSD: running?.reserved))
            }
            budgets = views
        }
        return Self.json(
            try Self.encode(SpendReport(by: scope.rawValue, subject: subject, period: period.rawValue, since: since, data: totals, budgets: budgets)))
    }

    func keyAuthenticator() throws(GaiError) -> KeyAuthenticator {
        guard let keys else { throw GaiError(.notFound, "Gateway keys are not configured") }
        return keys
    }

    func storedKey(_ id: String) async throws -> GatewayKey {
        guard let key = try await keyAuthenticator().store.key(id: id) else {
            throw GaiError(.notFound, "No gateway key has the id '\(id)'")
        }
        return key
    }

    func createKey(_ request: Request) async throws -> Response {
        let authenticator = try keyAuthenticator()
        let body = try await collectBody(request)
        let fields = try GaiJSON.decodeRequest(KeyFields.self, from: body.readableBytesView)
        guard let name = fields.name, !name.isEmpty else { throw GaiError.invalidRequest("'name' is required", param: "name") }
        let secret = KeyAuthenticator.generate()
        var key = GatewayKey(name: name, hash: KeyAuthenticator.hash(secret), prefix: String(secret.prefix(8)))
        try fields.apply(to: &key)
        try await authenticator.store.insert(key)
        var view = KeyView(key)
        view.key = secret
        return Self.json(try Self.encode(view), status: .created)
    }

    func updateKey(_ id: String, _ request: Request) async throws -> Response {
        let authenticator = try keyAuthenticator()
        let body = try await collectBody(request)
        let fields = try GaiJSON.decodeRequest(KeyFields.self, from: body.readableBytesView)
        var key = try await storedKey(id)
        if let name = fields.name {
            guard !name.isEmpty else { throw GaiError.invalidRequest("'name' must not be empty", param: "name") }
            key.name = name
        }
        try fields.apply(to: &key)
        key.updatedAt = Double(WallClock.nowMilliseconds()) / 1000
        _ = try await authenticator.store.update(key)
        await authenticator.changed(hash: key.hash)
        return Self.json(try Self.encode(KeyView(key)))
    }
}

/// The fields a create or update request may set (snake_case, all optional on update).
struct KeyFields: Decodable {
    var name: String?
    var user: String?
    var team: String?
    var models: [String]?
    var limits: GatewayKey.Limits?
    var budget: GatewayKey.Budget?
    var expiresAt: Double?
    var metadata: [String: String]?
    var enabled: Bool?

    enum CodingKeys: String, CodingKey {
        case name, user, team, models, limits, budget, metadata, enabled
        case expiresAt = "expires_at"
    }

    func apply(to key: inout GatewayKey) throws(GaiError) {
        if let user { key.user = user }
        if let team { key.team = team }
        if let models { key.models = models }
        if let limits {
            let counts: [(Int?, String)] = [
                (limits.requestsPerSecond, "rps"), (limits.requestsPerMinute, "rpm"), (limits.requestsPerHour, "rph"),
                (limits.requestsPerDay, "rpd"), (limits.tokensPerMinute, "tpm"), (limits.tokensPerHour, "tph"), (limits.tokensPerDay, "tpd"),
                (limits.maxConcurrent, "max_concurrent"),
            ]
            for (value, name) in counts {
                if let value, value < 1 { throw GaiError.invalidRequest("'limits.\(name)' must be at least 1", param: "limits.\(name)") }
            }
            if let algorithm = limits.algorithm, RateLimitAlgorithm(parsing: algorithm) == nil {
                throw GaiError.invalidRequest(
                    "'limits.algorithm' must be token_bucket, fixed_window, sliding_window or gcra", param: "limits.algorithm")
            }
            key.limits = limits
        }
        if let budget {
            guard budget.usd >= 0, budget.usd.isFinite else { throw GaiError.invalidRequest("'budget.usd' must be ≥ 0", param: "budget.usd") }
            key.budget = budget
        }
        if let expiresAt { key.expiresAt = expiresAt }
        if let metadata { key.metadata = metadata }
        if let enabled {
            key.enabled = enabled
            if enabled { key.revokedAt = nil }
        }
    }
}

/// A key as the admin API shows it: everything but the hash; `key` only in the create response.
struct KeyView: Encodable {
    var object = "gateway_key"
    var id: String
    var name: String
    var keyPrefix: String
    var user: String?
    var team: String?
    var models: [String]?
    var limits: GatewayKey.Limits?
    var budget: GatewayKey.Budget?
    var expiresAt: Double?
    var metadata: [String: String]
    var enabled: Bool
    var createdAt: Double
    var updatedAt: Double
    var revokedAt: Double?
    var key: String?

    init(_ key: GatewayKey) {
        id = key.id
        name = key.name
        keyPrefix = key.prefix
        user = key.user
        team = key.team
        models = key.models
        limits = key.limits
        budget = key.budget
        expiresAt = key.expiresAt
        metadata = key.metadata
        enabled = key.enabled
        createdAt = key.createdAt
        updatedAt = key.updatedAt
        revokedAt = key.revokedAt
    }

    enum CodingKeys: String, CodingKey {
        case object, id, name, user, team, models, limits, budget, metadata, enabled, key
        case keyPrefix = "key_prefix"
        case expiresAt = "expires_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case revokedAt = "revoked_at"
    }
}

struct SpendReport: Encodable {
    var object = "spend"
    var by: String
    var subject: String?
    var period: String
    var since: Double
    var data: [SpendTotal]
    var budgets: [BudgetView]?
}

/// A budget and where its period stands: `spent_usd` and `reserved_usd` come from the live
/// counters (shared across replicas with `limits.store: redis`), absent before the budget's
/// first request this period.
struct BudgetView: Encodable {
    var scope: String
    var subject: String
    var usd: Double
    var period: String
    var since: Double
    var spentUSD: Double?
    var reservedUSD: Double?

    enum CodingKeys: String, CodingKey {
        case scope, subject, usd, period, since
        case spentUSD = "spent_usd"
        case reservedUSD = "reserved_usd"
    }
}

struct KeyList: Encodable {
    var object = "list"
    var data: [KeyView]
}
