import Foundation
import GaiStorage
import Logging
import SQLiteNIO

/// The spend ledger in an SQLite file (`<data_dir>/usage.sqlite`): one row per request, indexed
/// by key, user, team and model with time, so budget sums are index range scans.
///
/// Thread safety: one `SQLiteConnection`; every operation runs inside a `SerialGate`.
public final class SQLiteUsageLedgerStore: UsageLedgerStore {
    public let path: String
    private let connection: SQLiteConnection
    private let gate = SerialGate()

    private init(connection: SQLiteConnection, path: String) {
        self.connection = connection
        self.path = path
    }

    public static func open(path: String, logger: Logger) async throws -> SQLiteUsageLedgerStore {
        let connection = try await SQLiteDatabase.open(
            path: path, component: "usage_ledger", migrations: migrations, relaxedSync: true, logger: logger)
        return SQLiteUsageLedgerStore(connection: connection, path: path)
    }

    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS usage_ledger (
                id TEXT PRIMARY KEY NOT NULL, at REAL NOT NULL, request_id TEXT NOT NULL,
                key_id TEXT, user_name TEXT, team TEXT, model TEXT NOT NULL, provider TEXT,
                prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL,
                cached_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS usage_ledger_key ON usage_ledger (key_id, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_user ON usage_ledger (user_name, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_team ON usage_ledger (team, at)",
            "CREATE INDEX IF NOT EXISTS usage_ledger_model ON usage_ledger (model, at)",
        ]
    ]

    public func close() async throws {
        try await gate.withSerialAccess {
            guard !connection.isClosed else { return }
            try await connection.close()
        }
    }

    /// One transaction per batch, and one multi-row `INSERT` per 64 records: every statement is a
    /// hop to SQLite's thread, so per-row statements cost more CPU than the rows themselves.
    public func append(_ records: [UsageRecord]) async throws -> Int {
        guard !records.isEmpty else { return 0 }
        return try await gate.withSerialAccess {
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                var start = records.startIndex
                while start < records.endIndex {
                    let chunk = records[start..<min(start + Self.rowsPerStatement, records.endIndex)]
                    let placeholders = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
                    var binds: [SQLiteData] = []
                    binds.reserveCapacity(chunk.count * 13)
                    for record in chunk {
                        binds += [
                            .text(record.id), .float(record.at), .text(record.requestID), Self.text(record.keyID), Self.text(record.user),
                            Self.text(record.team), .text(record.model), Self.text(record.provider), .integer(record.promptTokens),
                            .integer(record.completionTokens), .integer(record.cachedTokens), .integer(record.reasoningTokens),
                            .float(record.costUSD),
                        ]
                    }
                    _ = try await connection.query(
                        """
                        INSERT OR IGNORE INTO usage_ledger (id, at, request_id, key_id, user_name, team, model, provider,
                            prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, cost_usd)
                        VALUES \(placeholders)
                        """,
                        binds)
                    start = chunk.endIndex
                }
                _ = try await connection.query("COMMIT")
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
            return records.count
        }
    }

    /// 13 bound values a row: 64 rows stay under SQLite's oldest limit of 999 variables.
    static let rowsPerStatement = 64

    public func spend(scope: SpendScope, subject: String, since: Double) async throws -> Double {
        let column = Self.column(scope)
        let rows = try await gate.withSerialAccess {
            try await connection.query(
                "SELECT COALESCE(SUM(cost_usd), 0) AS total FROM usage_ledger WHERE \(column) = ? AND at >= ?",
                [.text(subject), .float(since)])
        }
        return rows.first?.column("total")?.double ?? 0
    }

    public func totals(scope: SpendScope, since: Double) async throws -> [SpendTotal] {
        let column = Self.column(scope)
        let rows = try await gate.withSerialAccess {
            try await connection.query(
                """
                SELECT \(column) AS subject, SUM(cost_usd) AS cost, COUNT(*) AS requests,
                    SUM(prompt_tokens + completion_tokens) AS tokens
                FROM usage_ledger WHERE \(column) IS NOT NULL AND at >= ? GROUP BY \(column) ORDER BY cost DESC, subject
                """,
                [.float(since)])
        }
        return rows.compactMap { row in
            guard let subject = row.column("subject")?.string else { return nil }
            return SpendTotal(
                subject: subject, costUSD: row.column("cost")?.double ?? 0, requests: row.column("requests")?.integer ?? 0,
                tokens: row.column("tokens")?.integer ?? 0)
        }
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

    private static func text(_ value: String?) -> SQLiteData {
        value.map(SQLiteData.text) ?? .null
    }
}
