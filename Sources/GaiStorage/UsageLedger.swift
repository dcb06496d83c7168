import Synchronization

/// One request's usage and cost: a row of the spend ledger.
public struct UsageRecord: Sendable, Hashable, Codable {
    public var id: String
    /// Unix seconds when the request ended.
    public var at: Double
    public var requestID: String
    public var keyID: String?
    public var user: String?
    public var team: String?
    /// The model name the client used.
    public var model: String
    /// The provider that answered.
    public var provider: String?
    public var promptTokens: Int
    public var completionTokens: Int
    public var cachedTokens: Int
    public var reasoningTokens: Int
    /// USD, from the price table (0 for an unpriced model).
    public var costUSD: Double

    public init(
        id: String, at: Double, requestID: String, keyID: String?, user: String?, team: String?, model: String, provider: String?,
        promptTokens: Int, completionTokens: Int, cachedTokens: Int, reasoningTokens: Int, costUSD: Double
    ) {
        self.id = id
        self.at = at
        self.requestID = requestID
        self.keyID = keyID
        self.user = user
        self.team = team
        self.model = model
        self.provider = provider
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.cachedTokens = cachedTokens
        self.reasoningTokens = reasoningTokens
        self.costUSD = costUSD
    }

    enum CodingKeys: String, CodingKey {
        case id, at, user, team, model, provider
        case requestID = "request_id"
        case keyID = "key_id"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case cachedTokens = "cached_tokens"
        case reasoningTokens = "reasoning_tokens"
        case costUSD = "cost_usd"
    }
}

/// What spend is summed by.
public enum SpendScope: String, Sendable, Hashable, CaseIterable, Codable {
    case key, user, team, model

    func subject(of record: UsageRecord) -> String? {
        switch self {
        case .key: record.keyID
        case .user: record.user
        case .team: record.team
        case .model: record.model
        }
    }
}

/// Spend of one key, user, team or model over a period.
public struct SpendTotal: Sendable, Hashable, Codable {
    public var subject: String
    public var costUSD: Double
    public var requests: Int
    public var tokens: Int

    public init(subject: String, costUSD: Double, requests: Int, tokens: Int) {
        self.subject = subject
        self.costUSD = costUSD
        self.requests = requests
        self.tokens = tokens
    }

    enum CodingKeys: String, CodingKey {
        case subject, requests, tokens
        case costUSD = "cost_usd"
    }
}

/// Where usage records are kept: written in batches off the request path, summed for budgets and
/// the admin API.
public protocol UsageLedgerStore: Sendable {
    /// Stores `records`; returns how many were stored.
    func append(_ records: [UsageRecord]) async throws -> Int
    /// Total cost of `subject` (in `scope`) since `since` (Unix seconds).
    func spend(scope: SpendScope, subject: String, since: Double) async throws -> Double
    /// Totals per subject of `scope` since `since`, highest cost first.
    func totals(scope: SpendScope, since: Double) async throws -> [SpendTotal]
}

/// The ledger in memory (tests, and `dlq.store: memory`-style setups): bounded to the newest
/// `maxRecords`.
///
/// Thread safety: the records sit in one `Mutex`.
public final class InMemoryUsageLedgerStore: UsageLedgerStore {
    public let maxRecords: Int
    private let records = Mutex<[UsageRecord]>([])

    public init(maxRecords: Int = 1_000_000) {
        self.maxRecords = max(1, maxRecords)
    }

    public func append(_ new: [UsageRecord]) async throws -> Int {
        records.withLock { records in
            records.append(contentsOf: new)
            if records.count > maxRecords { records.removeFirst(records.count - maxRecords) }
        }
        return new.count
    }

    public func spend(scope: SpendScope, subject: String, since: Double) async throws -> Double {
        records.withLock { records in
            records.reduce(0) { $1.at >= since && scope.subject(of: $1) == subject ? $0 + $1.costUSD : $0 }
        }
    }

    public func totals(scope: SpendScope, since: Double) async throws -> [SpendTotal] {
        let snapshot = records.withLock { $0 }
        var totals: [String: SpendTotal] = [:]
        for record in snapshot where record.at >= since {
            guard let subject = scope.subject(of: record) else { continue }
            var total = totals[subject] ?? SpendTotal(subject: subject, costUSD: 0, requests: 0, tokens: 0)
            total.costUSD += record.costUSD
            total.requests += 1
            total.tokens += record.promptTokens + record.completionTokens
            totals[subject] = total
        }
        return totals.values.sorted { $0.costUSD != $1.costUSD ? $0.costUSD > $1.costUSD : $0.subject < $1.subject }
    }
}
