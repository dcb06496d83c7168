import Foundation
import GaiCore
import GaiStorage
import GaiTelemetry
import Logging
import SQLiteNIO
import Synchronization

/// Observability events in an SQLite file (`<data_dir>/events.sqlite`, `events.sink: sqlite`), so
/// they can be queried with SQL: one row per event in `events`, indexed by request
/// (`correlation_id`) and by type and time.
///
/// The table keeps about ``maxRows`` rows. Pruning deletes the oldest rows by `id` (the primary
/// key, so a range delete) at the first write and then every ``pruneInterval`` writes, so
/// between prunes the table can exceed the cap by that many batches; deleting on every batch
/// would cost more than the inserts.
///
/// Thread safety: one `SQLiteConnection`; every operation runs inside a `SerialGate`.
public final class SQLiteEventSink: EventSink {
    /// The database file.
    public let path: String
    /// The most rows kept; older ones are pruned.
    public let maxRows: Int
    /// Writes between two prunes.
    public let pruneInterval: Int

    private let connection: SQLiteConnection
    private let gate = SerialGate()
    /// Writes since the last prune. It starts due, so a lowered cap applies at the first write.
    private let writesSincePrune: Mutex<Int>

    private init(connection: SQLiteConnection, path: String, maxRows: Int, pruneInterval: Int) {
        self.connection = connection
        self.path = path
        self.maxRows = max(1, maxRows)
        self.pruneInterval = max(1, pruneInterval)
        self.writesSincePrune = Mutex(self.pruneInterval)
    }

    /// Opens (creating it and its directory if needed) the database at `path` and brings the
    /// `events` schema up to date. Call ``close()`` when done.
    public static func open(path: String, maxRows: Int, pruneInterval: Int = 100, logger: Logger) async throws -> SQLiteEventSink {
        // Events are written in batches off the request path; losing the last moments on power
        // loss is acceptable for them, a sync per commit is not.
        let connection = try await SQLiteDatabase.open(
            path: path, component: "events", migrations: migrations, relaxedSync: true, logger: logger)
        return SQLiteEventSink(connection: connection, path: path, maxRows: maxRows, pruneInterval: pruneInterval)
    }

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS events (
                id INTEGER PRIMARY KEY,
                schema_version INTEGER NOT NULL,
                type TEXT NOT NULL,
                timestamp INTEGER NOT NULL,
                correlation_id TEXT NOT NULL,
                span_id TEXT NOT NULL,
                parent_span_id TEXT,
                trace_id TEXT,
                payload TEXT NOT NULL,
                line TEXT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS events_correlation_id ON events (correlation_id)",
            "CREATE INDEX IF NOT EXISTS events_type_timestamp ON events (type, timestamp)",
        ]
    ]

    /// 10 bound values a row: 64 rows stay under SQLite's oldest limit of 999 variables.
    static let rowsPerStatement = 64

    /// Closes the connection; later writes fail.
    public func close() async {
        await gate.withSerialAccess {
            guard !connection.isClosed else { return }
            try? await connection.close()
        }
    }

    /// Stores `events` in one transaction, one multi-row `INSERT` per 64, then prunes if due.
    public func write(_ events: [EncodedEvent]) async throws {
        guard !events.isEmpty else { return }
        let rows = events.map(EventRow.init)
        try await gate.withSerialAccess {
            guard !connection.isClosed else { throw GaiError.internal("The SQLite event sink is closed.") }
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                var start = rows.startIndex
                while start < rows.endIndex {
                    let chunk = rows[start..<min(start + Self.rowsPerStatement, rows.endIndex)]
                    try await insert(chunk)
                    start = chunk.endIndex
                }
                if writesSincePrune.withLock({ count in
                    count += 1
                    guard count >= pruneInterval else { return false }
                    count = 0
                    return true
                }) {
                    try await prune()
                }
                _ = try await connection.query("COMMIT")
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// Deletes every row older than the newest ``maxRows`` now, whatever the interval.
    public func pruneNow() async throws {
        try await gate.withSerialAccess {
            guard !connection.isClosed else { throw GaiError.internal("The SQLite event sink is closed.") }
            try await prune()
        }
    }

    /// Ids are contiguous (each insert takes the highest plus one, and only the oldest are ever
    /// deleted), so the rows beyond the cap are exactly those at or below the newest id minus the
    /// cap: one range delete on the primary key, no count.
    private func prune() async throws {
        _ = try await connection.query(
            "DELETE FROM events WHERE id <= (SELECT MAX(id) FROM events) - ?", [.integer(maxRows)])
    }

    private func insert(_ chunk: ArraySlice<EventRow>) async throws {
        let placeholders = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
        var binds: [SQLiteData] = []
        binds.reserveCapacity(chunk.count * 10)
        for row in chunk {
            let event = row.event
            // `id` is left to SQLite (the rowid): one more than the highest, so ids stay contiguous.
            binds += [
                .null, .integer(ObservabilityEvent.schemaVersion), .text(event.type.rawValue), .integer(Int(event.timestamp)),
                .text(event.correlationID), .text(event.spanID), event.parentSpanID.map(SQLiteData.text) ?? .null,
                event.traceID.map(SQLiteData.text) ?? .null, .text(row.payload), .text(row.line),
            ]
        }
        _ = try await connection.query(
            """
            INSERT INTO events (id, schema_version, type, timestamp, correlation_id, span_id, parent_span_id, trace_id, payload, line)
            VALUES \(placeholders)
            """,
            binds)
    }
}

/// One event as its row: the payload encoded on its own, for the `payload` column.
struct EventRow: Sendable {
    let event: EncodedEvent
    let payload: String
    let line: String

    init(_ encoded: EncodedEvent) {
        self.event = encoded
        self.payload = encoded.payloadJSON
        self.line = encoded.line
    }
}
