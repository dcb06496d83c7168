import Foundation
import GaiTelemetry
import Logging
import Testing

/// Everything written to the pipe so far; closes the write end first.
func readAll(_ pipe: Pipe) throws -> String {
    try pipe.fileHandleForWriting.close()
    return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
}

@Suite("LogWriter")
struct LogWriterTests {
    @Test("flush waits until every accepted line is written, in order")
    func flushWaits() throws {
        let pipe = Pipe()
        let writer = LogWriter(handle: pipe.fileHandleForWriting, capacity: 1_000)
        let lines = (0..<200).map { "line \($0)\n" }
        for line in lines { writer.write(line) }
        writer.flush()
        #expect(try readAll(pipe) == lines.joined())
        #expect(writer.droppedLines == 0)
    }

    @Test("capacity 0 drops and counts every line", arguments: [1, 5, 100])
    func capacityZero(count: Int) throws {
        let pipe = Pipe()
        let writer = LogWriter(handle: pipe.fileHandleForWriting, capacity: 0)
        let inProcess = LogWriter.droppedLinesInProcess
        for index in 0..<count { writer.write("dropped \(index)\n") }
        writer.flush()
        #expect(writer.droppedLines == count)
        // Other tests may drop lines at the same time: at least these.
        #expect(LogWriter.droppedLinesInProcess - inProcess >= count)
        #expect(try readAll(pipe).isEmpty)
    }

    @Test("past capacity, lines are dropped and counted; the ones kept are whole")
    func pastCapacity() throws {
        let pipe = Pipe()
        let writer = LogWriter(handle: pipe.fileHandleForWriting, capacity: 1)
        let count = 2_000
        for index in 0..<count { writer.write("\(index)\n") }
        writer.flush()
        let written = try readAll(pipe).split(separator: "\n")
        #expect(written.count + writer.droppedLines == count)
        #expect(written.count >= 1)
        let numbers = written.compactMap { Int($0) }
        #expect(numbers.count == written.count)
        #expect(numbers == numbers.sorted())
        #expect(Set(numbers).count == numbers.count)
    }

    @Test("a Logger with JSONLogHandler writes one JSON object per line through the writer")
    func loggerEndToEnd() throws {
        let pipe = Pipe()
        let writer = LogWriter(handle: pipe.fileHandleForWriting)
        var logger = Logger(label: "gai.test") { label in JSONLogHandler(label: label, level: .info, writer: writer) }
        logger[metadataKey: "request_id"] = "req-1"
        logger.debug("filtered out")
        logger.info("first", metadata: ["status": "200"])
        logger.warning("second\nline")
        writer.flush()
        let lines = try readAll(pipe).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines.last == "")
        let objects = try lines.dropLast().map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["msg"] as? String } == ["first", "second\nline"])
        #expect(objects.map { $0["level"] as? String } == ["info", "warning"])
        #expect(objects.allSatisfy { $0["logger"] as? String == "gai.test" && $0["request_id"] as? String == "req-1" })
        #expect(objects.first?["status"] as? String == "200")
        #expect(writer.droppedLines == 0)
    }
}
