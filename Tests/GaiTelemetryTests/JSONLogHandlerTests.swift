import Foundation
import GaiCore
@testable import GaiTelemetry
import Logging
import Testing

func event(
    _ message: Logger.Message, level: Logger.Level = .info, metadata: Logger.Metadata? = nil
) -> LogEvent {
    LogEvent(level: level, message: message, metadata: metadata, source: "Tests", file: #fileID, function: #function, line: #line)
}

/// Parses one formatted line, checking that it is a single newline-terminated JSON object.
func parseLine(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    #expect(line.hasSuffix("\n"), sourceLocation: sourceLocation)
    #expect(line.filter { $0 == "\n" }.count == 1, "one line only: \(line.debugDescription)", sourceLocation: sourceLocation)
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character in \(line.debugDescription)", sourceLocation: sourceLocation)
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any], sourceLocation: sourceLocation)
}

@Suite("JSONLogHandler.format")
struct JSONLogHandlerTests {
    let timestamp = Date(timeIntervalSince1970: 1_700_000_000.5)

    @Test("a line has ts, level, msg and logger", arguments: Logger.Level.allCases)
    func keys(level: Logger.Level) throws {
        let line = JSONLogHandler.format(event: event("server started", level: level), label: "gai.server", timestamp: timestamp)
        let object = try parseLine(line)
        #expect(Set(object.keys) == ["ts", "level", "msg", "logger"])
        #expect(object["ts"] as? String == "2023-11-14T22:13:20.500Z")
        #expect(object["level"] as? String == level.rawValue)
        #expect(object["msg"] as? String == "server started")
        #expect(object["logger"] as? String == "gai.server")
        #expect(line.hasPrefix(#"{"ts":"2023-11-14T22:13:20.500Z","level":""#))
    }

    @Test(
        "messages and labels are escaped into valid JSON and read back unchanged",
        arguments: [
            #"say "hi""#, "back\\slash", "line one\nline two", "cr\r\nlf", "tab\there", "bell\u{07} nul\u{00} esc\u{1B} us\u{1F}",
            "del\u{7F}", "unicode: café, 日本語, 🙂", "</script>", "", "{\"json\":\"inside\"}", "\u{2028}\u{2029}",
        ])
    func escaping(text: String) throws {
        let line = JSONLogHandler.format(
            event: event("\(text)", metadata: ["k": "\(text)"]), label: text, timestamp: timestamp)
        let object = try parseLine(line)
        #expect(object["msg"] as? String == text)
        #expect(object["logger"] as? String == text)
        #expect(object["k"] as? String == text)
    }

    @Test("metadata keys come in the order of their UTF-8 bytes: 2,000 random sets, with shared prefixes, NULs and non-ASCII")
    func metadataKeyOrder() {
        var random = SplitMix64(seed: 31)
        let pieces = ["request_", "id", "trace_id", "a", "z", "_", "\u{0}", "é", "日本", "🙂", "completion_tokens", "k"]
        for _ in 0..<2_000 {
            var metadata: Logger.Metadata = [:]
            for _ in 0..<Int(random.next() % 16) {
                let key = (0..<Int(1 + random.next() % 3)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
                metadata[key] = .string(key)
            }
            let order = JSONLogHandler.sortedByKey(metadata).map(\.key)
            let expected = metadata.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(order == expected)
        }
    }

    @Test("control characters use the short escapes or \\u00XX")
    func escapeSpelling() {
        let line = JSONLogHandler.format(event: event("\"\\\n\r\t\u{01}\u{1F}"), label: "l", timestamp: timestamp)
        #expect(line.contains(#""msg":"\"\\\n\r\t\u0001\u001f""#))
    }

    @Test("metadata from handler, provider and event is merged; the event wins, then the provider")
    func metadataMerge() throws {
        let line = JSONLogHandler.format(
            event: event("m", metadata: ["request_id": "evt", "status": "200"]), label: "l",
            handlerMetadata: ["request_id": "handler", "service": "gai", "region": "eu"],
            provided: ["region": "provided", "trace_id": "abc"], timestamp: timestamp)
        let object = try parseLine(line)
        #expect(object["request_id"] as? String == "evt")
        #expect(object["status"] as? String == "200")
        #expect(object["service"] as? String == "gai")
        #expect(object["region"] as? String == "provided")
        #expect(object["trace_id"] as? String == "abc")
        #expect(object.count == 4 + 5)
    }

    @Test("metadata keys follow the fixed keys, sorted")
    func metadataOrder() {
        let line = JSONLogHandler.format(event: event("m", metadata: ["b": "2", "a": "1", "c": "3"]), label: "l", timestamp: timestamp)
        #expect(line.hasSuffix(#","msg":"m","logger":"l","a":"1","b":"2","c":"3"}"# + "\n"))
    }

    @Test("nested metadata values become JSON arrays and objects")
    func nestedMetadata() throws {
        let metadata: Logger.Metadata = [
            "list": ["a", "b\"", ["nested"]],
            "map": ["x": "1", "y": ["z": "deep"]],
            "convertible": .stringConvertible(42),
            "empty_list": [],
            "empty_map": [:],
        ]
        let object = try parseLine(JSONLogHandler.format(event: event("m", metadata: metadata), label: "l", timestamp: timestamp))
        let list = try #require(object["list"] as? [Any])
        #expect(list.count == 3)
        #expect(list[0] as? String == "a")
        #expect(list[1] as? String == "b\"")
        #expect((list[2] as? [Any])?.first as? String == "nested")
        let map = try #require(object["map"] as? [String: Any])
        #expect(map["x"] as? String == "1")
        #expect((map["y"] as? [String: Any])?["z"] as? String == "deep")
        #expect(object["convertible"] as? String == "42")
        #expect((object["empty_list"] as? [Any])?.isEmpty == true)
        #expect((object["empty_map"] as? [String: Any])?.isEmpty == true)
    }

    @Test("metadata named like a fixed key does not replace it")
    func reservedKeys() throws {
        let line = JSONLogHandler.format(
            event: event("real message", level: .error, metadata: ["msg": "user text", "level": "debug", "ts": "0", "logger": "x"]),
            label: "gai", timestamp: timestamp)
        let object = try parseLine(line)
        #expect(object["msg"] as? String == "real message")
        #expect(object["level"] as? String == "error")
        #expect(object["logger"] as? String == "gai")
        #expect(object["ts"] as? String == "2023-11-14T22:13:20.500Z")
        // Count the members as written: JSONSerialization would silently keep one of two duplicates.
        #expect(line.components(separatedBy: #""msg":"#).count == 2)
        #expect(line.components(separatedBy: #""level":"#).count == 2)
        // The metadata itself is kept, renamed.
        #expect(object["fields.msg"] as? String == "user text")
        #expect(object["fields.level"] as? String == "debug")
        #expect(object["fields.ts"] as? String == "0")
        #expect(object["fields.logger"] as? String == "x")
    }
}

@Suite("UTC timestamps")
struct UTCTimestampTests {
    @Test(arguments: [0.0, 951_782_400.123, 1_709_164_800.999, 1_795_365_301.206, 4_102_444_799.5, -86_400.25])
    func matchesFoundationsISO8601(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let expected = date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        #expect(UTCTimestamp.iso8601(date) == expected)
    }

    @Test("written digit by digit, it matches Foundation's ISO 8601 for 2,000 random instants (1900–2200)")
    func randomInstants() {
        var random = SplitMix64(seed: 86_400)
        for _ in 0..<2_000 {
            let milliseconds = Int64(random.next() % 9_467_280_000_000) - 2_208_988_800_000
            // Mid-millisecond: an instant on a millisecond boundary is a Double a hair either side
            // of it, and the two formatters may floor it differently.
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000 + 0.0004)
            #expect(UTCTimestamp.iso8601(date) == date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        }
    }
}

@Suite("JSONLogHandler errors")
struct JSONLogHandlerErrorTests {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "upstream said \"no\"" }
    }

    @Test func anEventsErrorIsWrittenAndAClashingMetadataKeyIsMoved() throws {
        let logEvent = LogEvent(
            level: .error, message: "failed", error: Failure(), metadata: ["error": "from metadata"], source: "Tests",
            file: #fileID, function: #function, line: #line)
        let object = try parseLine(JSONLogHandler.format(event: logEvent, label: "gai"))
        #expect(object["error"] as? String == "upstream said \"no\"")
        #expect(object["fields.error"] as? String == "from metadata")
    }
}
