import Foundation
import GaiCore
import GaiStorage
import Logging
import PostgresNIO

/// A ``GaiStorage/DeadLetterStore`` in PostgreSQL: failed requests kept across restarts and
/// shared by every replica.
///
/// Each entry is one row of `dead_letters`: the entry's JSON plus a few indexed columns
/// (`request_id`, `model`, `error_code`) for looking entries up without parsing them. "Newest"
/// is the most recently appended: the highest `seq` (a `BIGSERIAL`).
///
/// The bound holds across replicas: ``append(_:)`` locks the table against other writers
/// (`SHARE ROW EXCLUSIVE`, readers go on) while it counts and inserts.
///
/// Thread safety: immutable; every call runs on a pooled connection.
public final class PostgresDeadLetterStore: DeadLetterStore {
    /// The most entries the store keeps.
    public let maxEntries: Int
    /// The database the entries live in.
    public let database: GaiPostgresDatabase
    private let logger: Logger

    private init(database: GaiPostgresDatabase, maxEntries: Int, logger: Logger) {
        self.database = database
        self.maxEntries = max(0, maxEntries)
        self.logger = logger
    }

    /// Brings the `dead_letters` schema up to date and returns the store. The database's
    /// ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase, maxEntries: Int, logger: Logger) async throws -> PostgresDeadLetterStore {
        try await database.migrate(component: "dead_letters", migrations: migrations)
        return PostgresDeadLetterStore(database: database, maxEntries: maxEntries, logger: logger)
    }

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS dead_letters (
                seq BIGSERIAL NOT NULL UNIQUE,
                id TEXT PRIMARY KEY,
                created_at DOUBLE PRECISION NOT NULL,
                request_id TEXT NOT NULL,
                model TEXT NOT NULL,
                error_code TEXT NOT NULL,
                entry TEXT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS dead_letters_request_id ON dead_letters (request_id)",
            "CREATE INDEX IF NOT EXISTS dead_letters_model ON dead_letters (model)",
            "CREATE INDEX IF NOT EXISTS dead_letters_error_code ON dead_letters (error_code)",
        ]
    ]

    /// Stores `entries` in order, in one transaction, until the store is full; returns how many
    /// were stored. Entries whose id is already stored are skipped.
    public func append(_ entries: [DeadLetterEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        let encoder = GaiJSON.makeEncoder()
        let rows = try entries.map { entry in
            (entry, String(decoding: try encoder.encode(entry), as: UTF8.self))
        }
        let maxEntries = self.maxEntries
        return try await database.transaction { connection, logger in
            // Self-conflicting, so concurrent appends (from any replica) count one after another.
            _ = try await connection.rows("LOCK TABLE dead_letters IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let room = maxEntries - (try await Self.count(connection, logger: logger))
            var stored = 0
            for (entry, json) in rows where stored < room {
                let inserted = try await connection.rows(
                    """
                    INSERT INTO dead_letters (id, created_at, request_id, model, error_code, entry)
                    VALUES (\(entry.id), \(entry.createdAt), \(entry.requestID), \(entry.model), \(entry.errorCode), \(json))
                    ON CONFLICT (id) DO NOTHING RETURNING id
                    """,
                    logger: logger)
                stored += inserted.count
            }
            return stored
        }
    }

    /// Up to `limit` entries, newest first, skipping the `offset` newest.
    public func list(limit: Int, offset: Int) async throws -> [DeadLetterEntry] {
        let rows = try await database.query(
            "SELECT entry FROM dead_letters ORDER BY seq DESC LIMIT \(Int64(max(0, limit))) OFFSET \(Int64(max(0, offset)))")
        return rows.compactMap(decodeEntry)
    }

    /// The entry with this id, if it is stored.
    public func get(id: String) async throws -> DeadLetterEntry? {
        try await database.query("SELECT entry FROM dead_letters WHERE id = \(id)").first.flatMap(decodeEntry)
    }

    /// Removes the entry with this id; `false` when there was none.
    public func delete(id: String) async throws -> Bool {
        try await !database.query("DELETE FROM dead_letters WHERE id = \(id) RETURNING id").isEmpty
    }

    /// Removes every entry; returns how many there were.
    public func deleteAll() async throws -> Int {
        let rows = try await database.query("WITH deleted AS (DELETE FROM dead_letters RETURNING 1) SELECT COUNT(*) FROM deleted")
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// How many entries are stored.
    public func count() async throws -> Int {
        Int(try await database.query("SELECT COUNT(*) FROM dead_letters").first?.decode(Int64.self) ?? 0)
    }

    /// Replaces the stored entry that has `entry.id`, keeping its place (`seq`); does nothing
    /// when there is none.
    public func update(_ entry: DeadLetterEntry) async throws {
        let json = String(decoding: try GaiJSON.makeEncoder().encode(entry), as: UTF8.self)
        _ = try await database.query(
            """
            UPDATE dead_letters SET created_at = \(entry.createdAt), request_id = \(entry.requestID), model = \(entry.model),
                error_code = \(entry.errorCode), entry = \(json)
            WHERE id = \(entry.id)
            """)
    }

    private static func count(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        Int(try await connection.rows("SELECT COUNT(*) FROM dead_letters", logger: logger).first?.decode(Int64.self) ?? 0)
    }

    /// A row whose JSON no longer decodes is skipped (and logged) so that one bad row cannot hide the others.
    private func decodeEntry(_ row: PostgresRow) -> DeadLetterEntry? {
        do {
            let json = try row.decode(String.self)
            return try GaiJSON.makeDecoder().decode(DeadLetterEntry.self, from: Data(json.utf8))
        } catch {
            logger.warning("skipping a dead-letter row that does not decode", metadata: ["error": "\(error)"])
            return nil
        }
    }
}
