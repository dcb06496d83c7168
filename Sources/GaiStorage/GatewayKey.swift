import Synchronization
import Foundation
import GaiCore

/// A key clients authenticate with (`Authorization: Bearer gai-…` or `x-api-key`).
///
/// The key itself is shown once, when it is created; only its SHA-256 (``hash``) is stored, with
/// a short ``prefix`` so people can tell keys apart in listings.
public struct GatewayKey: Sendable, Hashable, Codable {
    /// The fields, in one immutable box: a key travels in every request's context, and copying
    /// it is then one retain instead of one per field. A change makes a new box (keys change
    /// only through the admin API).
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The stored fields, in the JSON form the stores and the admin API use.
    struct Fields: Sendable, Hashable, Codable {
        var id: String
        var name: String
        var hash: String
        var prefix: String
        var user: String?
        var team: String?
        var models: [String]?
        var limits: Limits?
        var budget: Budget?
        var expiresAt: Double?
        var metadata: [String: String]
        var enabled: Bool
        var createdAt: Double
        var updatedAt: Double
        var revokedAt: Double?

        enum CodingKeys: String, CodingKey {
            case id, name, hash, prefix, user, team, models, limits, budget, metadata, enabled
            case expiresAt = "expires_at"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case revokedAt = "revoked_at"
        }
    }

    private var box: Box

    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    public var id: String {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    public var name: String {
        get { box.fields.name }
        set { change { $0.name = newValue } }
    }
    /// Lower-case hex SHA-256 of the key. Never returned by the admin API.
    public var hash: String {
        get { box.fields.hash }
        set { change { $0.hash = newValue } }
    }
    /// The key's first characters (`gai-AbCd`), for listings.
    public var prefix: String {
        get { box.fields.prefix }
        set { change { $0.prefix = newValue } }
    }
    public var user: String? {
        get { box.fields.user }
        set { change { $0.user = newValue } }
    }
    public var team: String? {
        get { box.fields.team }
        set { change { $0.team = newValue } }
    }
    /// The model names this key may use; `nil` allows every model.
    public var models: [String]? {
        get { box.fields.models }
        set { change { $0.models = newValue } }
    }
    /// Request and token limits attached to this key (enforced with the limiter).
    public var limits: Limits? {
        get { box.fields.limits }
        set { change { $0.limits = newValue } }
    }
    /// Spending cap in USD per period.
    public var budget: Budget? {
        get { box.fields.budget }
        set { change { $0.budget = newValue } }
    }
    /// Unix seconds after which the key no longer works.
    public var expiresAt: Double? {
        get { box.fields.expiresAt }
        set { change { $0.expiresAt = newValue } }
    }
    public var metadata: [String: String] {
        get { box.fields.metadata }
        set { change { $0.metadata = newValue } }
    }
    public var enabled: Bool {
        get { box.fields.enabled }
        set { change { $0.enabled = newValue } }
    }
    public var createdAt: Double {
        get { box.fields.createdAt }
        set { change { $0.createdAt = newValue } }
    }
    public var updatedAt: Double {
        get { box.fields.updatedAt }
        set { change { $0.updatedAt = newValue } }
    }
    public var revokedAt: Double? {
        get { box.fields.revokedAt }
        set { change { $0.revokedAt = newValue } }
    }

    /// Per-key limits (`limits` in the admin API): requests per second, minute, hour and day,
    /// tokens per minute, hour and day, concurrent requests, and the algorithm of the rate limits.
    public struct Limits: Sendable, Hashable, Codable {
        public var requestsPerSecond: Int?
        public var requestsPerMinute: Int?
        public var requestsPerHour: Int?
        public var requestsPerDay: Int?
        public var tokensPerMinute: Int?
        public var tokensPerHour: Int?
        public var tokensPerDay: Int?
        public var maxConcurrent: Int?
        /// `token_bucket` (default), `fixed_window`, `sliding_window` or `gcra`.
        public var algorithm: String?

        public init(
            requestsPerMinute: Int? = nil, tokensPerMinute: Int? = nil, maxConcurrent: Int? = nil, requestsPerSecond: Int? = nil,
            requestsPerHour: Int? = nil, requestsPerDay: Int? = nil, tokensPerHour: Int? = nil, tokensPerDay: Int? = nil,
            algorithm: String? = nil
        ) {
            self.requestsPerSecond = requestsPerSecond
            self.requestsPerMinute = requestsPerMinute
            self.requestsPerHour = requestsPerHour
            self.requestsPerDay = requestsPerDay
            self.tokensPerMinute = tokensPerMinute
            self.tokensPerHour = tokensPerHour
            self.tokensPerDay = tokensPerDay
            self.maxConcurrent = maxConcurrent
            self.algorithm = algorithm
        }

        /// The request limits as (count, seconds).
        public var requestLimits: [(count: Int, seconds: Int64)] {
            [(requestsPerSecond, 1), (requestsPerMinute, 60), (requestsPerHour, 3600), (requestsPerDay, 86_400)]
                .compactMap { count, seconds in count.map { ($0, seconds) } }
        }

        /// The token limits as (count, seconds).
        public var tokenLimits: [(count: Int, seconds: Int64)] {
            [(tokensPerMinute, 60), (tokensPerHour, 3600), (tokensPerDay, 86_400)]
                .compactMap { count, seconds in count.map { ($0, seconds) } }
        }

        enum CodingKeys: String, CodingKey {
            case requestsPerSecond = "rps"
            case requestsPerMinute = "rpm"
            case requestsPerHour = "rph"
            case requestsPerDay = "rpd"
            case tokensPerMinute = "tpm"
            case tokensPerHour = "tph"
            case tokensPerDay = "tpd"
            case maxConcurrent = "max_concurrent"
            case algorithm
        }
    }

    /// A spending cap (`budget` in the admin API).
    public struct Budget: Sendable, Hashable, Codable {
        public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
            case daily, weekly, monthly
        }
        public var usd: Double
        public var period: Period

        public init(usd: Double, period: Period) {
            self.usd = usd
            self.period = period
        }
    }

    public init(
        id: String = "key_" + RequestID().value.replacingOccurrences(of: "-", with: ""), name: String, hash: String, prefix: String,
        user: String? = nil, team: String? = nil, models: [String]? = nil, limits: Limits? = nil, budget: Budget? = nil,
        expiresAt: Double? = nil, metadata: [String: String] = [:], enabled: Bool = true,
        createdAt: Double = Double(WallClock.nowMilliseconds()) / 1000
    ) {
        box = Box(
            Fields(
                id: id, name: name, hash: hash, prefix: prefix, user: user, team: team, models: models, limits: limits, budget: budget,
                expiresAt: expiresAt, metadata: metadata, enabled: enabled, createdAt: createdAt, updatedAt: createdAt, revokedAt: nil))
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public static func == (lhs: GatewayKey, rhs: GatewayKey) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }

    /// Whether the key authenticates at `now` (Unix seconds): enabled, not revoked, not expired.
    public func isUsable(at now: Double) -> Bool {
        enabled && revokedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }

    /// Whether the key may use `model`.
    public func allows(model: String) -> Bool {
        models.map { $0.contains(model) } ?? true
    }
}

/// Where gateway keys live. The hot path reads through a cache (see the gateway's key
/// authenticator), so a store is asked at most once per key every few seconds.
public protocol GatewayKeyStore: Sendable {
    func insert(_ key: GatewayKey) async throws
    func key(id: String) async throws -> GatewayKey?
    func key(hash: String) async throws -> GatewayKey?
    /// Newest first.
    func list() async throws -> [GatewayKey]
    /// Replaces the stored key with the same id; `false` when there is none.
    func update(_ key: GatewayKey) async throws -> Bool
}

/// Gateway keys in this process (tests, and `auth: keys` without a durable store).
///
/// Thread safety: both indexes sit in one `Mutex`.
public final class InMemoryGatewayKeyStore: GatewayKeyStore {
    private struct State: Sendable {
        var byID: [String: GatewayKey] = [:]
        var idByHash: [String: String] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    public func insert(_ key: GatewayKey) async throws {
        state.withLock { state in
            state.byID[key.id] = key
            state.idByHash[key.hash] = key.id
        }
    }

    public func key(id: String) async throws -> GatewayKey? {
        state.withLock { $0.byID[id] }
    }

    public func key(hash: String) async throws -> GatewayKey? {
        state.withLock { state in state.idByHash[hash].flatMap { state.byID[$0] } }
    }

    public func list() async throws -> [GatewayKey] {
        state.withLock { Array($0.byID.values) }.sorted { $0.createdAt > $1.createdAt }
    }

    public func update(_ key: GatewayKey) async throws -> Bool {
        state.withLock { state in
            guard state.byID[key.id] != nil else { return false }
            state.byID[key.id] = key
            state.idByHash[key.hash] = key.id
            return true
        }
    }
}
