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

    static func migrate(_ connection: SQLiteConnection) async throws {
        try await SchemaMigrator.migrate(connection, component: component, migrations: migrations)
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
