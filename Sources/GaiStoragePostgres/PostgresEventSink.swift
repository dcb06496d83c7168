import Foundation
import GaiTelemetry
import PostgresNIO
import Synchronization

/// Observability events in PostgreSQL (`gai_events`, `events.sink: postgres`), shared by every
/// replica: one row per event, the payload as `JSONB` so it can be queried with PostgreSQL's
/// JSON operators, indexed by request (`correlation_id`) and by type and time.
///
/// The table keeps at most ``maxRows`` rows. Pruning deletes the oldest by `id` (a range delete
/// on the primary key) at the first write and then every ``pruneInterval`` writes of this
/// replica, so between prunes the table can exceed the cap by that many batches.
///
/// Thread safety: the prune counter is a `Mutex`; every call runs on a pooled connection.
public final class PostgresEventSink: EventSink {
    /// The database the events live in.
    public let database: GaiPostgresDatabase
    /// The most rows kept; older ones are pruned.
    public let maxRows: Int
    /// Writes between two prunes.
    public let pruneInterval: Int
    /// Writes since the last prune. It starts due, so a lowered cap applies at the first write.
    private let writesSincePrune: Mutex<Int>

    private init(database: GaiPostgresDatabase, maxRows: Int, pruneInterval: Int) {
        self.database = database
        self.maxRows = max(1, maxRows)
        self.pruneInterval = max(1, pruneInterval)
        self.writesSincePrune = Mutex(self.pruneInterval)
    }

    /// Brings the `gai_events` schema up to date and returns the sink. The database's
    /// ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase, maxRows: Int, pruneInterval: Int = 100) async throws -> PostgresEventSink {
        try await database.migrate(component: "gai_events", migrations: migrations)
        return PostgresEventSink(database: database, maxRows: maxRows, pruneInterval: pruneInterval)
    }

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS gai_events (
                id BIGSERIAL PRIMARY KEY,
                schema_version INT NOT NULL,
                type TEXT NOT NULL,
                timestamp BIGINT NOT NULL,
                correlation_id TEXT NOT NULL,
                span_id TEXT NOT NULL,
                parent_span_id TEXT,
                trace_id TEXT,
                payload JSONB NOT NULL,
                line TEXT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS gai_events_correlation_id ON gai_events (correlation_id)",
            "CREATE INDEX IF NOT EXISTS gai_events_type_timestamp ON gai_events (type, timestamp)",
        ]
    ]

    /// 9 bound values a row: 500 rows stay far below PostgreSQL's 65 535 parameters and keep one
    /// statement's parse time small.
    static let rowsPerStatement = 500

    /// Stores `events` in one transaction, one multi-row `INSERT` per 500, then prunes if due.
    public func write(_ events: [EncodedEvent]) async throws {
        guard !events.isEmpty else { return }
        let statements = stride(from: 0, to: events.count, by: Self.rowsPerStatement).map { start in
            Self.insert(events[start..<min(start + Self.rowsPerStatement, events.count)])
        }
        let prune = writesSincePrune.withLock { count in
            count += 1
            guard count >= pruneInterval else { return false }
            count = 0
            return true
        }
        let maxRows = Int64(self.maxRows)
        try await database.transaction { connection, logger in
            for statement in statements {
                _ = try await connection.rows(statement, logger: logger)
            }
            if prune {
                _ = try await connection.rows(Self.prune(maxRows: maxRows), logger: logger)
            }
        }
    }

    /// Deletes the rows beyond the newest ``maxRows`` now, whatever the interval.
    public func pruneNow() async throws {
        _ = try await database.query(Self.prune(maxRows: Int64(maxRows)))
    }

    /// Ids come from one sequence shared by every replica, so all rows at or below the newest id
    /// minus the cap are older than the newest `maxRows`. A rolled-back insert leaves a gap, so
    /// the table may keep a little fewer, never more; in exchange there is no count.
    private static func prune(maxRows: Int64) -> PostgresQuery {
        "DELETE FROM gai_events WHERE id <= (SELECT MAX(id) FROM gai_events) - \(maxRows)"
    }

    /// One `INSERT` for `chunk`, every value bound; the payload is cast to `JSONB` by the server.
    private static func insert(_ chunk: ArraySlice<EncodedEvent>) -> PostgresQuery {
        var binds = PostgresBindings(capacity: chunk.count * 9)
        var rows: [String] = []
        rows.reserveCapacity(chunk.count)
        for encoded in chunk {
            let event = encoded
            let first = binds.count + 1
            var placeholders = (first..<first + 9).map { "$\($0)" }
            placeholders[7] += "::jsonb"
            rows.append("(" + placeholders.joined(separator: ", ") + ")")
            binds.append(Int32(ObservabilityEvent.schemaVersion))
            binds.append(event.type.rawValue)
            binds.append(event.timestamp)
            binds.append(event.correlationID)
            binds.append(event.spanID)
            binds.append(event.parentSpanID)
            binds.append(event.traceID)
            binds.append(event.payloadJSON)
            binds.append(encoded.line)
        }
        return PostgresQuery(
            unsafeSQL: """
                INSERT INTO gai_events (schema_version, type, timestamp, correlation_id, span_id, parent_span_id, trace_id, payload, line)
                VALUES \(rows.joined(separator: ", "))
                """,
            binds: binds)
    }
}
