import Foundation
import GaiCore
@testable import GaiTelemetry
import Testing

@Suite("StandardOutputEventSink")
struct StandardOutputEventSinkTests {
    func encoded(_ index: Int, size: Int = 0) -> EncodedEvent {
        let event = ObservabilityEvent(
            type: .responseCompleted, timestamp: Int64(index), correlationID: "req-\(index)", spanID: "s",
            payload: ["pad": .string(String(repeating: "x", count: size))])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return EncodedEvent(event: event, line: String(decoding: (try? encoder.encode(event)) ?? Data(), as: UTF8.self))
    }

    @Test("a batch becomes one JSON line per event, in order, on the handle")
    func writesJSONLines() async throws {
        let pipe = Pipe()
        let sink = StandardOutputEventSink(handle: pipe.fileHandleForWriting)
        let events = (0..<3).map { encoded($0) }
        try await sink.write(events)
        try await sink.write([])
        try pipe.fileHandleForWriting.close()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text == events.map { $0.line + "\n" }.joined())
        for line in text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["type"] as? String == "response_completed")
            #expect(object?["schema_version"] as? Int == 1)
        }
    }

    @Test("writes carry whole lines and fit a pipe's atomic size, unless one line is longer")
    func chunksKeepLinesWhole() async throws {
        let small = (0..<40).map { encoded($0, size: 300) }
        let huge = encoded(99, size: 10_000)
        let lines = (small.prefix(20) + [huge] + small.suffix(20)).map(\.line)
        let limit = StandardOutputEventSink.atomicWriteBytes
        #expect(StandardOutputEventSink.chunks(Array(lines.prefix(2)), limit: limit).count == 1, "a small batch is one write")
        let chunks = StandardOutputEventSink.chunks(lines, limit: limit)
        #expect(chunks.reduce(Data(), +) == Data(lines.map { $0 + "\n" }.joined().utf8))
        for chunk in chunks {
            #expect(chunk.last == UInt8(ascii: "\n"))
            let text = String(decoding: chunk, as: UTF8.self)
            #expect(chunk.count <= limit || text.split(separator: "\n").count == 1, "only a single long line exceeds the limit")
        }
    }

    @Test("a batch given as one buffer of lines is cut at the same line ends")
    func bufferChunksMatchLineChunks() {
        let small = (0..<40).map { encoded($0, size: 300) }
        let lines = (small.prefix(20) + [encoded(99, size: 10_000)] + small.suffix(20)).map(\.line)
        let limit = StandardOutputEventSink.atomicWriteBytes
        let buffer = Array(lines.map { $0 + "\n" }.joined().utf8)
        let ranges = StandardOutputEventSink.chunks(lines: buffer, limit: limit)
        #expect(ranges.map { Data(buffer[$0]) } == StandardOutputEventSink.chunks(lines, limit: limit))
        #expect(StandardOutputEventSink.chunks(lines: [], limit: limit).isEmpty)
    }
}
