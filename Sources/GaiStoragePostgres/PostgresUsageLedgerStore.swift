import GaiStorage
import PostgresNIO

/// The spend ledger in PostgreSQL (`usage_ledger`): one row per request, indexed by key, user,
/// team and model with time, so budget sums are index range scans, and shared by every replica.
///
/// Thread safety: immutable; every call runs on a pooled connection.
public final class PostgresUsageLedgerStore: UsageLedgerStore {
    /// The database the ledger lives in.
    public let database: GaiPostgresDatabase

    private init(database: GaiPostgresDatabase) {
        self.database = database
    }

    /// Brings the `usage_ledger` schema up to date and returns the store. The database's
    /// ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase) async throws -> PostgresUsageLedgerStore {
        try await database.migrate(component: "usage_ledger", migrations: migrations)
        return PostgresUsageLedgerStore(database: database)
    }

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS usage_ledger (
                id TEXT PRIMARY KEY, at DOUBLE PRECISION NOT NULL, request_id TEXT NOT NULL,
                key_id TEXT, user_name TEXT, team TEXT, model TEXT NOT NULL, provider TEXT,
                prompt_tokens BIGINT NOT NULL, completion_tokens BIGINT NOT NULL,
                cached_tokens BIGINT NOT NULL, reasoning_tokens BIGINT NOT NULL, cost_usd DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS usage_ledger_key ON usage_ledger (key_id, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_user ON usage_ledger (user_name, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_team ON usage_ledger (team, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_model ON usage_ledger (model, at)",
        ]
    ]

    /// 13 bound values a row: 500 rows stay far below PostgreSQL's 65 535 parameters and keep
    /// one statement's parse time small.
    static let rowsPerStatement = 500

    /// Stores `records` in one transaction, one multi-row `INSERT` per 500; records whose id is
    /// already stored are skipped. Returns `records.count`, as the SQLite ledger does.
    public func append(_ records: [UsageRecord]) async throws -> Int {
        guard !records.isEmpty else { return 0 }
        let statements = try stride(from: 0, to: records.count, by: Self.rowsPerStatement).map { start in
            try Self.insert(records[start..<min(start + Self.rowsPerStatement, records.count)])
        }
        try await database.transaction { connection, logger in
            for statement in statements {
                _ = try await connection.rows(statement, logger: logger)
            }
        }
        return records.count
    }

    /// Total cost of `subject` (in `scope`) since `since` (Unix seconds).
    public func spend(scope: SpendScope, subject: String, since: Double) async throws -> Double {
        let column = Self.column(scope)
        let rows = try await database.query(
            "SELECT COALESCE(SUM(cost_usd), 0)::float8 FROM usage_ledger WHERE \(unescaped: column) = \(subject) AND at >= \(since)")
        return try rows.first?.decode(Double.self) ?? 0
    }

    /// Totals per subject of `scope` since `since`, highest cost first (ties by subject).
    public func totals(scope: SpendScope, since: Double) async throws -> [SpendTotal] {
        let column = Self.column(scope)
        let rows = try await database.query(
            """
            SELECT \(unescaped: column) AS subject, SUM(cost_usd)::float8 AS cost, COUNT(*) AS requests,
                SUM(prompt_tokens + completion_tokens)::int8 AS tokens
            FROM usage_ledger WHERE \(unescaped: column) IS NOT NULL AND at >= \(since)
            GROUP BY \(unescaped: column) ORDER BY SUM(cost_usd) DESC, \(unescaped: column) COLLATE "C"
            """)
        return try rows.map { row in
            let (subject, cost, requests, tokens) = try row.decode((String, Double, Int64, Int64).self)
            return SpendTotal(subject: subject, costUSD: cost, requests: Int(requests), tokens: Int(tokens))
        }
    }

    /// One `INSERT … ON CONFLICT (id) DO NOTHING` for `chunk`, every value bound.
    private static func insert(_ chunk: ArraySlice<UsageRecord>) throws -> PostgresQuery {
        var binds = PostgresBindings(capacity: chunk.count * 13)
        var rows: [String] = []
        rows.reserveCapacity(chunk.count)
        for record in chunk {
            let first = binds.count + 1
            rows.append("(" + (first..<first + 13).map { "$\($0)" }.joined(separator: ", ") + ")")
            binds.append(record.id)
            binds.append(record.at)
            binds.append(record.requestID)
            binds.append(record.keyID)
            binds.append(record.user)
            binds.append(record.team)
            binds.append(record.model)
            binds.append(record.provider)
            binds.append(Int64(record.promptTokens))
            binds.append(Int64(record.completionTokens))
            binds.append(Int64(record.cachedTokens))
            binds.append(Int64(record.reasoningTokens))
            binds.append(record.costUSD)
        }
        return PostgresQuery(
            unsafeSQL: """
                INSERT INTO usage_ledger (id, at, request_id, key_id, user_name, team, model, provider,
                    prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, cost_usd)
                VALUES \(rows.joined(separator: ", ")) ON CONFLICT (id) DO NOTHING
                """,
            binds: binds)
    }

    /// The column for a scope: a fixed vocabulary, never user input, so it is safe to splice.
    private static func column(_ scope: SpendScope) -> String {
        switch scope {
        case .key: "key_id"
        case .user: "user_name"
        case .team: "team"
        case .model: "model"
        }
    }
}
