import Foundation
import Logging
import SQLiteNIO

/// The `dead_letters` schema and its migrations.
///
/// Versions are kept per component in `schema_migrations` rather than in `PRAGMA user_version`,
/// so that other stores can share the database file with their own migrations.
enum DeadLetterSchema {
    static let component = "dead_letters"

    /// Each migration's statements, in order; migration `n` brings the schema to version `n + 1`.
    /// Never edit a shipped migration: add one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS dead_letters (
                id TEXT PRIMARY KEY NOT NULL,
                created_at REAL NOT NULL,
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

}

/// Opens every store's database the same way.
enum SQLiteDatabase {
    /// Opens (creating it and its directory if needed) the database at `path` in WAL mode and
    /// brings `component`'s schema up to date. With `relaxedSync`, commits are not synced one by
    /// one (`synchronous=NORMAL`: still crash-safe under WAL; the last moments can be lost on power
    /// loss), for stores written on every request.
    static func open(
        path: String, component: String, migrations: [[String]], relaxedSync: Bool = false, logger: Logger
    ) async throws -> SQLiteConnection {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        do {
            // WAL lets readers (the admin API) proceed while a batch is written.
            _ = try await connection.query("PRAGMA journal_mode=WAL")
            // Another process (a second gateway, the sqlite3 shell) may hold the lock for a moment.
            _ = try await connection.query("PRAGMA busy_timeout=5000")
            if relaxedSync { _ = try await connection.query("PRAGMA synchronous=NORMAL") }
            try await SchemaMigrator.migrate(connection, component: component, migrations: migrations)
        } catch {
            try? await connection.close()
            throw error
        }
        return connection
    }
}

/// Versioned migrations per component, kept in `schema_migrations`, so several stores can share
/// one database file, each with its own schema history.
enum SchemaMigrator {
    /// Applies the migrations `component` has not had yet, each in its own transaction;
    /// migration `n` brings it to version `n + 1`.
    static func migrate(_ connection: SQLiteConnection, component: String, migrations: [[String]]) async throws {
        _ = try await connection.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL)")
        for (index, statements) in migrations.enumerated() {
            let version = index + 1
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                // Read inside the transaction: another process may be migrating the same file.
                let rows = try await connection.query(
                    "SELECT version FROM schema_migrations WHERE component = ?", [.text(component)])
                let current = rows.first?.column("version")?.integer ?? 0
                if current < version {
                    for statement in statements {
                        _ = try await connection.query(statement)
                    }
                    _ = try await connection.query(
                        "INSERT OR REPLACE INTO schema_migrations (component, version) VALUES (?, ?)",
                        [.text(component), .integer(version)])
                }
                _ = try await connection.query("COMMIT")
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        }
    }
}
