import Foundation
import GaiCore
import GaiStorage
import PostgresNIO

/// Gateway keys in PostgreSQL (`gateway_keys`): shared by every replica.
///
/// One row per key: the key's JSON (`record`, as text so it round-trips byte for byte) plus its
/// id, hash and creation time as columns, so the hot path's lookup by hash is one indexed read.
///
/// Thread safety: immutable; every call is one statement on a pooled connection.
public final class PostgresGatewayKeyStore: GatewayKeyStore {
    /// The database the keys live in.
    public let database: GaiPostgresDatabase

    private init(database: GaiPostgresDatabase) {
        self.database = database
    }

    /// Brings the `gateway_keys` schema up to date and returns the store. The database's
    /// ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase) async throws -> PostgresGatewayKeyStore {
        try await database.migrate(component: "gateway_keys", migrations: migrations)
        return PostgresGatewayKeyStore(database: database)
    }

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS gateway_keys (
                id TEXT PRIMARY KEY,
                key_hash TEXT NOT NULL UNIQUE,
                created_at DOUBLE PRECISION NOT NULL,
                record TEXT NOT NULL
            )
            """
        ]
    ]

    /// Stores a new key; throws when its id or hash is already stored.
    public func insert(_ key: GatewayKey) async throws {
        let json = try Self.encode(key)
        _ = try await database.query(
            "INSERT INTO gateway_keys (id, key_hash, created_at, record) VALUES (\(key.id), \(key.hash), \(key.createdAt), \(json))")
    }

    /// The key with this id, if it is stored.
    public func key(id: String) async throws -> GatewayKey? {
        try await Self.decode(database.query("SELECT record FROM gateway_keys WHERE id = \(id)")).first
    }

    /// The key with this hash, if it is stored.
    public func key(hash: String) async throws -> GatewayKey? {
        try await Self.decode(database.query("SELECT record FROM gateway_keys WHERE key_hash = \(hash)")).first
    }

    /// Every key, newest first.
    public func list() async throws -> [GatewayKey] {
        try await Self.decode(database.query("SELECT record FROM gateway_keys ORDER BY created_at DESC, id DESC"))
    }

    /// Replaces the stored key with the same id; `false` when there is none.
    public func update(_ key: GatewayKey) async throws -> Bool {
        let json = try Self.encode(key)
        let rows = try await database.query(
            "UPDATE gateway_keys SET key_hash = \(key.hash), record = \(json) WHERE id = \(key.id) RETURNING id")
        return !rows.isEmpty
    }

    private static func encode(_ key: GatewayKey) throws -> String {
        String(decoding: try GaiJSON.makeEncoder().encode(key), as: UTF8.self)
    }

    private static func decode(_ rows: [PostgresRow]) throws -> [GatewayKey] {
        try rows.map { row in
            try JSONDecoder().decode(GatewayKey.self, from: Data(try row.decode(String.self).utf8))
        }
    }
}
