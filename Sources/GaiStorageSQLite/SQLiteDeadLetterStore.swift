import Foundation
import GaiCore
import GaiStorage
import Logging
import SQLiteNIO

/// A ``GaiStorage/DeadLetterStore`` in an SQLite file: the embedded default for keeping failed
/// requests across restarts.
///
/// Each entry is one row of `dead_letters`: the entry's JSON plus a few indexed columns
/// (`request_id`, `model`, `error_code`) for looking entries up without parsing them. "Newest"
/// is the most recently appended (the highest `rowid`).
///
/// Thread safety: one `SQLiteConnection`, and every operation runs inside a `SerialGate`
/// (`gate`), so that a batch's transaction never interleaves with another caller's statements.
public final class SQLiteDeadLetterStore: DeadLetterStore {
    /// The most entries the store keeps.
    public let maxEntries: Int
    /// The database file.
    public let path: String

    private let connection: SQLiteConnection
    private let gate = SerialGate()
    private let logger: Logger

    private init(connection: SQLiteConnection, path: String, maxEntries: Int, logger: Logger) {
        self.connection = connection
        self.path = path
        self.maxEntries = max(0, maxEntries)
        self.logger = logger
    }

    /// Opens (creating it and its directory if needed) the database at `path`, puts it in WAL
    /// mode and brings its schema up to date.
    ///
    /// Call ``close()`` when done.
    public static func open(path: String, maxEntries: Int, logger: Logger) async throws -> SQLiteDeadLetterStore {
        let connection = try await SQLiteDatabase.open(
            path: path, component: DeadLetterSchema.component, migrations: DeadLetterSchema.migrations, logger: logger)
        return SQLiteDeadLetterStore(connection: connection, path: path, maxEntries: maxEntries, logger: logger)
    }

    /// Closes the connection; later calls fail.
    public func close() async throws {
        try await gate.withSerialAccess {
            guard !connection.isClosed else { return }
            try await connection.close()
        }
    }

    /// Stores `entries` in order, in one transaction, until the store is full; returns how many
    /// were stored. Entries whose id is already stored are skipped.
    public func append(_ entries: [DeadLetterEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        let encoder = GaiJSON.makeEncoder()
        let rows = try entries.map { entry in
            (entry, String(decoding: try encoder.encode(entry), as: UTF8.self))
        }
        return try await transaction { connection, maxEntries in
            let room = maxEntries - (try await Self.count(connection))
            var stored = 0
            for (entry, json) in rows where stored < room {
                let inserted = try await connection.query(
                    """
                    INSERT OR IGNORE INTO dead_letters (id, created_at, request_id, model, error_code, entry)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                    """,
                    [
                        .text(entry.id), .float(entry.createdAt), .text(entry.requestID), .text(entry.model),
                        .text(entry.errorCode), .text(json),
                    ])
                stored += inserted.count
            }
            return stored
        }
    }

    /// Up to `limit` entries, newest first, skipping the `offset` newest.
    public func list(limit: Int, offset: Int) async throws -> [DeadLetterEntry] {
        let rows = try await serially { connection in
            try await connection.query(
                "SELECT entry FROM dead_letters ORDER BY rowid DESC LIMIT ? OFFSET ?",
                [.integer(max(0, limit)), .integer(max(0, offset))])
        }
        return rows.compactMap(decodeEntry)
    }

    /// The entry with this id, if it is stored.
    public func get(id: String) async throws -> DeadLetterEntry? {
        let rows = try await serially { connection in
            try await connection.query("SELECT entry FROM dead_letters WHERE id = ?", [.text(id)])
        }
        return rows.first.flatMap(decodeEntry)
    }

    /// Removes the entry with this id; `false` when there was none.
    public func delete(id: String) async throws -> Bool {
        try await serially { connection in
            try await !connection.query("DELETE FROM dead_letters WHERE id = ? RETURNING id", [.text(id)]).isEmpty
        }
    }

    /// Removes every entry; returns how many there were.
    public func deleteAll() async throws -> Int {
        try await serially { connection in
            _ = try await connection.query("DELETE FROM dead_letters")
            let rows = try await connection.query("SELECT changes() AS n")
            return rows.first?.column("n")?.integer ?? 0
        }
    }

    /// How many entries are stored.
    public func count() async throws -> Int {
        try await serially { connection in try await Self.count(connection) }
    }

    /// Replaces the stored entry that has `entry.id`; does nothing when there is none.
    public func update(_ entry: DeadLetterEntry) async throws {
        let json = String(decoding: try GaiJSON.makeEncoder().encode(entry), as: UTF8.self)
        try await serially { connection in
            _ = try await connection.query(
                "UPDATE dead_letters SET created_at = ?, request_id = ?, model = ?, error_code = ?, entry = ? WHERE id = ?",
                [.float(entry.createdAt), .text(entry.requestID), .text(entry.model), .text(entry.errorCode), .text(json), .text(entry.id)])
        }
    }

    private static func count(_ connection: SQLiteConnection) async throws -> Int {
        let rows = try await connection.query("SELECT COUNT(*) AS n FROM dead_letters")
        return rows.first?.column("n")?.integer ?? 0
    }

    /// A row whose JSON no longer decodes is skipped (and logged) so that one bad row cannot hide the others.
    private func decodeEntry(_ row: SQLiteRow) -> DeadLetterEntry? {
        guard let json = row.column("entry")?.string else { return nil }
        do {
            return try GaiJSON.makeDecoder().decode(DeadLetterEntry.self, from: Data(json.utf8))
        } catch {
            logger.warning("skipping a dead-letter row that does not decode", metadata: ["error": "\(error)"])
            return nil
        }
    }

    private func serially<T: Sendable>(_ body: @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = self.connection
        return try await gate.withSerialAccess {
            guard !connection.isClosed else { throw Self.closedError }
            return try await body(connection)
        }
    }

    private func transaction<T: Sendable>(_ body: @Sendable (SQLiteConnection, Int) async throws -> T) async throws -> T {
        let maxEntries = self.maxEntries
        return try await serially { connection in
            // IMMEDIATE takes the write lock now, so the count and the inserts see the same table.
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                let result = try await body(connection, maxEntries)
                _ = try await connection.query("COMMIT")
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        }
    }

    private static let closedError = GaiError.internal("The SQLite dead-letter store is closed.")
}
