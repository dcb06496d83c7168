import Foundation
import GaiCore
import GaiPostgresTesting
import GaiStoragePostgres
import GaiTelemetry
import PostgresNIO
import Synchronization
import Testing

@Suite struct PostgresEventSinkTests {
    /// Events as the pipeline hands them to a sink: sanitized and encoded.
    func encoded(_ events: [ObservabilityEvent]) async -> [EncodedEvent] {
        let collector = CollectingEventSink()
        let pipeline = EventPipeline(sink: collector)
        events.forEach(pipeline.emit)
        await pipeline.drain()
        return collector.events.withLock { $0 }
    }

    func event(_ index: Int, type: ObservabilityEventType = .responseCompleted, request: String = "req-1") -> ObservabilityEvent {
        ObservabilityEvent(
            type: type, timestamp: 1_700_000_000_000 + Int64(index), correlationID: request, spanID: "s\(index)",
            parentSpanID: index.isMultiple(of: 2) ? nil : "p\(index)", traceID: index.isMultiple(of: 2) ? nil : String(repeating: "b", count: 32),
            payload: ["n": .int(Int64(index)), "model": .string("gpt-test"), "nested": .object(["ok": .bool(true)])])
    }

    @Test("each event is one row with its columns, a JSONB payload and its line; migrated once as gai_events v1")
    func rowsAndColumns() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let sink = try await PostgresEventSink.open(database: database, maxRows: 100)
            _ = try await PostgresEventSink.open(database: database, maxRows: 100)
            let events = await encoded([event(0, type: .requestReceived), event(1), event(2, type: .errorOccurred, request: "req-2")])
            try await sink.write(events)
            try await sink.write([])

            let rows = try await database.client.query(
                """
                SELECT schema_version, type, timestamp, correlation_id, span_id, parent_span_id, trace_id, line
                FROM gai_events ORDER BY id
                """
            ).collect()
            let decoded = try rows.map { try $0.decode((Int32, String, Int64, String, String, String?, String?, String).self) }
            #expect(decoded.map(\.0) == [1, 1, 1])
            #expect(decoded.map(\.1) == ["request_received", "response_completed", "error_occurred"])
            #expect(decoded.map(\.2) == [1_700_000_000_000, 1_700_000_000_001, 1_700_000_000_002])
            #expect(decoded.map(\.3) == ["req-1", "req-1", "req-2"])
            #expect(decoded.map(\.4) == ["s0", "s1", "s2"])
            #expect(decoded.map(\.5) == [nil, "p1", nil])
            #expect(decoded.map(\.6) == [nil, String(repeating: "b", count: 32), nil])
            #expect(decoded.map(\.7) == events.map(\.line))

            let version = try await database.client.query("SELECT version FROM schema_migrations WHERE component = 'gai_events'").collect()
            #expect(try version.first?.decode(Int32.self) == 1)
            let indexes = try await database.client.query(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'gai_events' ORDER BY indexname"
            ).collect()
            #expect(try indexes.map { try $0.decode(String.self) } == ["gai_events_correlation_id", "gai_events_pkey", "gai_events_type_timestamp"])
        }
    }

    @Test("the payload is JSONB: it round-trips and PostgreSQL's JSON operators read it")
    func payloadRoundTrip() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let sink = try await PostgresEventSink.open(database: database, maxRows: 100)
            let events = await encoded([event(7)])
            try await sink.write(events)
            let rows = try await database.client.query(
                "SELECT payload::text, (payload->'nested'->>'ok')::bool, (payload->>'n')::int8, pg_typeof(payload)::text FROM gai_events"
            ).collect()
            let (payload, ok, n, type) = try #require(rows.first).decode((String, Bool, Int64, String).self)
            #expect(try JSONDecoder().decode([String: JSONValue].self, from: Data(payload.utf8)) == events[0].event.payload)
            #expect(ok)
            #expect(n == 7)
            #expect(type == "jsonb")
            let byRequest = try await database.client.query(
                "SELECT COUNT(*) FROM gai_events WHERE correlation_id = 'req-1' AND payload @> '{\"model\": \"gpt-test\"}'"
            ).collect()
            #expect(try byRequest.first?.decode(Int64.self) == 1)
        }
    }

    @Test("only the newest max_rows rows are kept, pruned by the interval; a batch larger than one statement lands whole")
    func pruningAndLargeBatches() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            var sink = try await PostgresEventSink.open(database: database, maxRows: 10, pruneInterval: 3)
            for batch in 0..<6 {
                try await sink.write(await encoded((0..<4).map { event(batch * 4 + $0) }))
            }
            // Write 1 pruned nothing (4 rows), write 4 kept the newest 10 of 16, writes 5 and 6 added 8.
            #expect(try await count(database) == 18)

            sink = try await PostgresEventSink.open(database: database, maxRows: 10, pruneInterval: 3)
            try await sink.write(await encoded([event(100)]))
            #expect(try await count(database) == 10, "the first write after opening prunes")
            let range = try await database.client.query("SELECT MIN(timestamp), MAX(timestamp) FROM gai_events").collect()
            let (oldest, newest) = try #require(range.first).decode((Int64, Int64).self)
            #expect(oldest == 1_700_000_000_015, "the oldest went first")
            #expect(newest == 1_700_000_000_100)

            sink = try await PostgresEventSink.open(database: database, maxRows: 1_000, pruneInterval: 1_000)
            try await sink.write(await encoded([event(999)]))
            try await sink.write(await encoded((0..<1_200).map { event(1_000 + $0) }))
            #expect(try await count(database) == 1_211, "not due: the cap is exceeded until the next prune")
            try await sink.pruneNow()
            #expect(try await count(database) == 1_000)
            let kept = try await database.client.query("SELECT MIN(timestamp), MAX(timestamp) FROM gai_events").collect()
            let (first, last) = try #require(kept.first).decode((Int64, Int64).self)
            #expect(first == 1_700_000_001_200)
            #expect(last == 1_700_000_002_199)
        }
    }

    func count(_ database: GaiPostgresDatabase) async throws -> Int64 {
        try await database.client.query("SELECT COUNT(*) FROM gai_events").collect().first?.decode(Int64.self) ?? -1
    }
}

/// Keeps what the pipeline hands it.
final class CollectingEventSink: EventSink {
    let events = Mutex<[EncodedEvent]>([])

    func write(_ events: [EncodedEvent]) async throws {
        self.events.withLock { $0 += events }
    }
}
