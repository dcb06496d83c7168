import Foundation
import GaiCore
import GaiStorageSQLite
import GaiTelemetry
import Logging
import SQLiteNIO
import Synchronization
import Testing

@Suite struct SQLiteEventSinkTests {
    let logger = Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() })

    func temporaryPath() -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gai-events-\(UUID().uuidString)")
        return (directory, directory.appendingPathComponent("events.sqlite").path)
    }

    /// Events as the pipeline hands them to a sink: sanitized and encoded.
    func encoded(_ events: [ObservabilityEvent]) async -> [EncodedEvent] {
        let collector = CollectingSink()
        let pipeline = EventPipeline(sink: collector)
        events.forEach(pipeline.emit)
        await pipeline.drain()
        return collector.events.withLock { $0 }
    }

    func event(_ index: Int, type: ObservabilityEventType = .responseCompleted, request: String = "req-1") -> ObservabilityEvent {
        ObservabilityEvent(
            type: type, timestamp: 1_700_000_000_000 + Int64(index), correlationID: request, spanID: "s\(index)",
            parentSpanID: index.isMultiple(of: 2) ? nil : "p\(index)", traceID: index.isMultiple(of: 2) ? nil : String(repeating: "a", count: 32),
            payload: ["n": .int(Int64(index)), "model": .string("gpt-test"), "nested": .object(["ok": .bool(true)])])
    }

    /// Reads the table back with a connection of the test's own, as `sqlite3` would.
    func rows(_ path: String, _ sql: String) async throws -> [SQLiteRow] {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        do {
            let rows = try await connection.query(sql)
            try await connection.close()
            return rows
        } catch {
            try? await connection.close()
            throw error
        }
    }

    @Test("each event is one row with its columns, its payload JSON and its line")
    func rowsAndColumns() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = try await SQLiteEventSink.open(path: path, maxRows: 100, logger: logger)
        let events = await encoded([event(0, type: .requestReceived), event(1), event(2, type: .errorOccurred, request: "req-2")])
        try await sink.write(events)
        await sink.close()

        let stored = try await rows(
            path,
            "SELECT id, schema_version, type, timestamp, correlation_id, span_id, parent_span_id, trace_id, payload, line FROM events ORDER BY id")
        #expect(stored.count == 3)
        #expect(stored.map { $0.column("type")?.string } == ["request_received", "response_completed", "error_occurred"])
        #expect(stored.map { $0.column("correlation_id")?.string } == ["req-1", "req-1", "req-2"])
        #expect(stored.map { $0.column("timestamp")?.integer } == [1_700_000_000_000, 1_700_000_000_001, 1_700_000_000_002])
        #expect(stored.allSatisfy { $0.column("schema_version")?.integer == 1 })
        #expect(stored[0].column("parent_span_id")?.isNull == true)
        #expect(stored[1].column("parent_span_id")?.string == "p1")
        #expect(stored[1].column("trace_id")?.string == String(repeating: "a", count: 32))
        #expect(stored[0].column("trace_id")?.isNull == true)
        #expect(stored.map { $0.column("line")?.string } == events.map(\.line))
        let indexes = try await rows(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name")
        #expect(indexes.compactMap { $0.column("name")?.string } == ["events_correlation_id", "events_type_timestamp"])
    }

    @Test("the payload column is the payload's JSON and round-trips; SQLite's JSON functions read it")
    func payloadRoundTrip() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = try await SQLiteEventSink.open(path: path, maxRows: 100, logger: logger)
        let events = await encoded([event(7)])
        try await sink.write(events)
        await sink.close()

        let stored = try await rows(path, "SELECT payload, json_extract(payload, '$.nested.ok') AS ok, json_extract(line, '$.payload.n') AS n FROM events")
        let payload = try #require(stored.first?.column("payload")?.string)
        let decoded = try JSONDecoder().decode([String: JSONValue].self, from: Data(payload.utf8))
        #expect(decoded == events[0].event.payload)
        #expect(stored.first?.column("ok")?.integer == 1)
        #expect(stored.first?.column("n")?.integer == 7)
    }

    @Test("only the newest max_rows rows are kept, pruned by the interval; reopening keeps the rows")
    func pruning() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        var sink = try await SQLiteEventSink.open(path: path, maxRows: 10, pruneInterval: 3, logger: logger)
        // Write 1 prunes (the first is due), then writes 4, 7, …: 4 events a write.
        for batch in 0..<6 {
            try await sink.write(await encoded((0..<4).map { event(batch * 4 + $0) }))
        }
        await sink.close()
        // After write 4 (16 rows) the newest 10 stayed; writes 5 and 6 added 8 more.
        var stored = try await rows(path, "SELECT COUNT(*) AS n FROM events")
        #expect(stored.first?.column("n")?.integer == 18)

        sink = try await SQLiteEventSink.open(path: path, maxRows: 10, pruneInterval: 3, logger: logger)
        try await sink.write(await encoded([event(100)]))
        await sink.close()
        stored = try await rows(path, "SELECT timestamp FROM events ORDER BY id")
        #expect(stored.count == 10, "the first write after opening prunes")
        #expect(stored.last?.column("timestamp")?.integer == 1_700_000_000_100)
        #expect(stored.first?.column("timestamp")?.integer == 1_700_000_000_015, "the oldest went first")

        sink = try await SQLiteEventSink.open(path: path, maxRows: 3, pruneInterval: 1_000, logger: logger)
        try await sink.pruneNow()
        await sink.close()
        #expect(try await rows(path, "SELECT COUNT(*) AS n FROM events").first?.column("n")?.integer == 3)
    }

    @Test("a batch larger than one statement lands whole, in order, in one transaction")
    func largeBatch() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = try await SQLiteEventSink.open(path: path, maxRows: 1_000, logger: logger)
        try await sink.write(await encoded((0..<150).map { event($0) }))
        await sink.close()
        let stored = try await rows(path, "SELECT timestamp FROM events ORDER BY id")
        #expect(stored.compactMap { $0.column("timestamp")?.integer } == (0..<150).map { 1_700_000_000_000 + $0 })
    }

    @Test("through the pipeline: run() writes the events and closes the sink at shutdown")
    func throughThePipeline() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = try await SQLiteEventSink.open(path: path, maxRows: 100, logger: logger)
        let pipeline = EventPipeline(sink: sink, fallback: { _ in Issue.record("the sink failed") })
        let run = Task { await pipeline.run() }
        pipeline.emit(event(1, request: "req-9"))
        pipeline.shutdown()
        await run.value
        #expect(pipeline.writtenCount == 1)
        await #expect(throws: (any Error).self) { try await sink.write(await encoded([event(2)])) }
        let stored = try await rows(path, "SELECT correlation_id FROM events")
        #expect(stored.map { $0.column("correlation_id")?.string } == ["req-9"])
    }
}

/// Keeps what the pipeline hands it.
final class CollectingSink: EventSink {
    let events = Mutex<[EncodedEvent]>([])

    func write(_ events: [EncodedEvent]) async throws {
        self.events.withLock { $0 += events }
    }
}
