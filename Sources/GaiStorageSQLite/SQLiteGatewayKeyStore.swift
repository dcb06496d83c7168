import Foundation
import GaiCore
import GaiStorage
import Logging
import SQLiteNIO

/// Gateway keys in an SQLite file (`<data_dir>/keys.sqlite`): the embedded durable default.
///
/// One row per key: the key's JSON plus its id and hash as indexed columns, so the hot path's
/// lookup by hash is one indexed read.
///
/// Thread safety: one `SQLiteConnection`; every operation runs inside a `SerialGate`.
public final class SQLiteGatewayKeyStore: GatewayKeyStore {
    public let path: String
    private let connection: SQLiteConnection
    private let gate = SerialGate()

    private init(connection: SQLiteConnection, path: String) {
        self.connection = connection
        self.path = path
    }

    /// Opens (creating if needed) the database at `path` in WAL mode and migrates it.
    public static func open(path: String, logger: Logger) async throws -> SQLiteGatewayKeyStore {
        let connection = try await SQLiteDatabase.open(
            path: path, component: GatewayKeySchema.component, migrations: GatewayKeySchema.migrations, logger: logger)
        return SQLiteGatewayKeyStore(connection: connection, path: path)
    }

    public func close() async throws {
        try await gate.withSerialAccess {
            guard !connection.isClosed else { return }
            try await connection.close()
        }
    }

    public func insert(_ key: GatewayKey) async throws {
        let json = try Self.encode(key)
        try await gate.withSerialAccess {
            _ = try await connection.query(
                "INSERT INTO gateway_keys (id, key_hash, created_at, record) VALUES (?, ?, ?, ?)",
                [.text(key.id), .text(key.hash), .float(key.createdAt), .text(json)])
        }
    }

    public func key(id: String) async throws -> GatewayKey? {
        try await one("SELECT record FROM gateway_keys WHERE id = ?", id)
    }

    public func key(hash: String) async throws -> GatewayKey? {
        try await one("SELECT record FROM gateway_keys WHERE key_hash = ?", hash)
    }

    public func list() async throws -> [GatewayKey] {
        let rows = try await gate.withSerialAccess {
            try await connection.query("SELECT record FROM gateway_keys ORDER BY created_at DESC, rowid DESC")
        }
        return try rows.compactMap { try Self.decode($0) }
    }

    public func update(_ key: GatewayKey) async throws -> Bool {
        let json = try Self.encode(key)
        let rows = try await gate.withSerialAccess {
            try await connection.query(
                "UPDATE gateway_keys SET key_hash = ?, record = ? WHERE id = ? RETURNING id", [.text(key.hash), .text(json), .text(key.id)])
        }
        return !rows.isEmpty
    }

    private func one(_ sql: String, _ value: String) async throws -> GatewayKey? {
        let rows = try await gate.withSerialAccess { try await connection.query(sql, [.text(value)]) }
        return try rows.first.flatMap { try Self.decode($0) }
    }

    private static func encode(_ key: GatewayKey) throws -> String {
        String(decoding: try GaiJSON.makeEncoder().encode(key), as: UTF8.self)
    }

    private static func decode(_ row: SQLiteRow) throws -> GatewayKey? {
        guard let text = row.column("record")?.string else { return nil }
        return try JSONDecoder().decode(GatewayKey.self, from: Data(text.utf8))
    }
}

/// The `gateway_keys` schema and its migrations (see `DeadLetterSchema` for the scheme).
enum GatewayKeySchema {
    static let component = "gateway_keys"
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS gateway_keys (
                id TEXT PRIMARY KEY NOT NULL,
                key_hash TEXT NOT NULL UNIQUE,
                created_at REAL NOT NULL,
                record TEXT NOT NULL
            )
            """
        ]
    ]
}
