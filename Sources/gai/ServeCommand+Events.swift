import ArgumentParser
import Foundation
import GaiConfig
import GaiStoragePostgres
import GaiStorageSQLite
import GaiTelemetry
import Logging

extension ServeCommand {
    /// The observability event pipeline `events.*` asks for, or `nil` for `events.sink: none`
    /// (then no events are made and `GET /admin/events` answers 404).
    ///
    /// The SQLite and PostgreSQL sinks are opened (and migrated) here, so a sink that cannot be
    /// opened stops `gai serve` at start (exit 2) instead of sending every event to the stderr
    /// fallback later. The pipeline closes its sink when it stops, after its last write.
    static func makeEventPipeline(
        _ configuration: GaiConfiguration, postgres: GaiPostgresDatabase?, logger: Logger
    ) async throws -> EventPipeline? {
        let events = configuration.events
        let sink: any EventSink
        switch events.sink {
        case .none:
            return nil
        case .file:
            let path = events.path ?? URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("events.jsonl").path
            sink = JSONLinesFileSink(path: path, maxBytes: events.maxFileBytes)
        case .sqlite:
            sink = try await openDatabase("events.sqlite", purpose: "event database", configuration, logger: logger) { path in
                try await SQLiteEventSink.open(path: path, maxRows: events.maxRows, logger: logger)
            }
        case .postgres:
            // The configuration loader refuses `events.sink: postgres` without `stores.postgres_url`.
            guard let postgres else { throw ExitCode(2) }
            sink = try await open("event sink", in: "PostgreSQL", logger: logger) {
                try await PostgresEventSink.open(database: postgres, maxRows: events.maxRows)
            }
        case .stdout:
            sink = StandardOutputEventSink()
        }
        return EventPipeline(sink: sink, capacity: events.queueCapacity)
    }
}
