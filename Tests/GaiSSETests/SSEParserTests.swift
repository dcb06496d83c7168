import GaiSSE
import NIOCore
import Testing

// MARK: - Helpers

func buffer(_ text: String) -> ByteBuffer {
    ByteBuffer(string: text)
}

func buffer(_ bytes: [UInt8]) -> ByteBuffer {
    ByteBuffer(bytes: bytes)
}

/// Feeds `chunks` one after another, then calls `finish()` and appends what it returns.
func parse(_ chunks: [[UInt8]], maxEventBytes: Int = 8 * 1024 * 1024) throws -> [SSEEvent] {
    var parser = SSEParser(maxEventBytes: maxEventBytes)
    var events: [SSEEvent] = []
    for chunk in chunks {
        events += try parser.feed(buffer(chunk))
    }
    if let last = parser.finish() {
        events.append(last)
    }
    return events
}

func parse(_ text: String) throws -> [SSEEvent] {
    try parse([Array(text.utf8)])
}

// MARK: - Fixtures

/// A stream and the events it must produce, written out by hand.
struct StreamFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var expected: [SSEEvent]
    var testDescription: String { name }
}

let openAIFixture = StreamFixture(
    name: "OpenAI chat.completion.chunk (LF)",
    bytes: Array(
        """
        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Héllo 日本 👋"},"finish_reason":null}]}

        : keep-alive

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

        data: [DONE]


        """.utf8),
    expected: [
        SSEEvent(
            data: #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#
        ),
        SSEEvent(
            data: #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Héllo 日本 👋"},"finish_reason":null}]}"#
        ),
        SSEEvent(
            data: #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#
        ),
        SSEEvent(data: "[DONE]"),
    ]
)

let anthropicFixture = StreamFixture(
    name: "Anthropic messages (CRLF, event: lines)",
    bytes: Array(
        ("event: message_start\r\n"
            + #"data: {"type":"message_start","message":{"id":"msg_1","role":"assistant"}}"# + "\r\n\r\n"
            + "event: content_block_delta\r\n"
            + #"data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Ça va? ✓"}}"# + "\r\n\r\n"
            + "event: ping\r\ndata: {\"type\": \"ping\"}\r\n\r\n"
            + "event: message_stop\r\nid: 9\r\ndata: {\"type\":\"message_stop\"}\r\n\r\n").utf8),
    expected: [
        SSEEvent(event: "message_start", data: #"{"type":"message_start","message":{"id":"msg_1","role":"assistant"}}"#),
        SSEEvent(
            event: "content_block_delta",
            data: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Ça va? ✓"}}"#
        ),
        SSEEvent(event: "ping", data: #"{"type": "ping"}"#),
        SSEEvent(event: "message_stop", data: #"{"type":"message_stop"}"#, id: "9"),
    ]
)

let geminiFixture = StreamFixture(
    name: "Gemini alt=sse (CR, BOM, no trailing blank line)",
    bytes: [0xEF, 0xBB, 0xBF]
        + Array(
            (#"data: {"candidates":[{"content":{"parts":[{"text":"Grüß"}]}}]}"# + "\r\r"
                + "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"!\"}]},\r"
                + "data: \"finishReason\":\"STOP\"}]}\r").utf8),
    expected: [
        SSEEvent(data: #"{"candidates":[{"content":{"parts":[{"text":"Grüß"}]}}]}"#),
        SSEEvent(data: "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"!\"}]},\n\"finishReason\":\"STOP\"}]}"),
    ]
)

let streamFixtures = [openAIFixture, anthropicFixture, geminiFixture]

// MARK: - Parser

@Suite struct SSEParserTests {
    @Test func singleEvent() throws {
        var parser = SSEParser()
        let events = try parser.feed(buffer("data: {\"a\":1}\n\n"))
        #expect(events == [SSEEvent(data: "{\"a\":1}")])
        #expect(parser.pendingText == "")
        #expect(parser.finish() == nil)
    }

    @Test func severalEventsInOneBuffer() throws {
        var parser = SSEParser()
        let events = try parser.feed(buffer("data: one\n\ndata: two\n\nevent: x\ndata: three\n\ndata: partial"))
        #expect(events == [SSEEvent(data: "one"), SSEEvent(data: "two"), SSEEvent(event: "x", data: "three")])
        #expect(parser.pendingText == "data: partial")
    }

    @Test(arguments: streamFixtures)
    func fixtureInOneBuffer(_ fixture: StreamFixture) throws {
        #expect(try parse([fixture.bytes]) == fixture.expected)
    }

    @Test(arguments: streamFixtures)
    func fixtureSplitAtEveryOffset(_ fixture: StreamFixture) throws {
        for split in 0...fixture.bytes.count {
            let chunks = [Array(fixture.bytes[..<split]), Array(fixture.bytes[split...])]
            let events = try parse(chunks)
            #expect(events == fixture.expected, "split at byte \(split)")
            if events != fixture.expected {
                return
            }
        }
    }

    @Test(arguments: streamFixtures)
    func fixtureSplitAtEveryPairOfOffsets(_ fixture: StreamFixture) throws {
        // Three chunks: covers a line spanning a whole middle chunk and two carry-overs in a row.
        let count = fixture.bytes.count
        for first in stride(from: 0, through: count, by: 7) {
            for second in first...count {
                let chunks = [
                    Array(fixture.bytes[..<first]), Array(fixture.bytes[first..<second]),
                    Array(fixture.bytes[second...]),
                ]
                let events = try parse(chunks)
                #expect(events == fixture.expected, "split at bytes \(first) and \(second)")
                if events != fixture.expected {
                    return
                }
            }
        }
    }

    @Test(arguments: streamFixtures)
    func fixtureFedOneByteAtATime(_ fixture: StreamFixture) throws {
        #expect(try parse(fixture.bytes.map { [$0] }) == fixture.expected)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndings(_ newline: String) throws {
        let text = ["event: e", "data: x", "data: y", "", "data: z", "", ""].joined(separator: newline)
        #expect(try parse(text) == [SSEEvent(event: "e", data: "x\ny"), SSEEvent(data: "z")])
    }

    @Test func crAndLFSplitAcrossFeedsAreOneLineEnding() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a\r")) == [])
        // Were this "\n" a second line ending, the blank line would dispatch "a" on its own.
        #expect(try parser.feed(buffer("\ndata: b\r")) == [])
        #expect(try parser.feed(buffer("\n")) == [])
        #expect(try parser.feed(buffer("\r")) == [SSEEvent(data: "a\nb")])
        #expect(try parser.feed(buffer("\n")) == [])
        #expect(try parser.feed(buffer("data: c\n\n")) == [SSEEvent(data: "c")])
    }

    @Test func loneCRFollowedByCRInNextFeedIsABlankLine() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a\r")) == [])
        #expect(try parser.feed(buffer("\r")) == [SSEEvent(data: "a")])
        #expect(try parser.feed(buffer("data: b\r\r")) == [SSEEvent(data: "b")])
    }

    @Test func commentsAreIgnored() throws {
        #expect(try parse(": keep-alive\n\n:\n\n") == [])
        #expect(try parse(": before\ndata: x\n: between\ndata: y\n:after\n\n") == [SSEEvent(data: "x\ny")])
    }

    @Test func multiLineDataIsJoinedWithNewlines() throws {
        // Only one leading space is stripped; `data` without a colon is an empty data line.
        let text = "data: first\ndata:\ndata:  indented\ndata\ndata:last\n\n"
        #expect(try parse(text) == [SSEEvent(data: "first\n\n indented\n\nlast")])
    }

    @Test func eventIdAndRetryFields() throws {
        let text = "event: delta\nid: 42\nretry: 1500\ndata: x\n\ndata: y\n\n"
        // id and retry belong to their own block only.
        #expect(try parse(text) == [SSEEvent(event: "delta", data: "x", id: "42", retry: 1500), SSEEvent(data: "y")])
    }

    @Test func emptyEventAndIdValuesAreKept() throws {
        #expect(try parse("event:\nid:\ndata: x\n\n") == [SSEEvent(event: "", data: "x", id: "")])
    }

    @Test func idContainingNULIsIgnored() throws {
        #expect(try parse("id: 1\nid: a\u{0}b\ndata: x\n\n") == [SSEEvent(data: "x", id: "1")])
    }

    @Test(arguments: ["retry: 12a", "retry: -5", "retry:", "retry: 1.5", "retry:  15", "retry: 99999999999999999999999"])
    func invalidRetryIsIgnored(_ line: String) throws {
        #expect(try parse("retry: 7\n\(line)\ndata: x\n\n") == [SSEEvent(data: "x", retry: 7)])
    }

    @Test func unknownFieldsAreIgnored() throws {
        #expect(try parse("foo: bar\nDATA: shout\ndata : spaced\nevents: x\ndata: kept\n\n") == [SSEEvent(data: "kept")])
    }

    @Test func blockWithoutDataIsNotDispatched() throws {
        #expect(try parse("event: ping\nid: 3\nretry: 10\n\ndata: x\n\n") == [SSEEvent(data: "x")])
    }

    @Test func emptyDataFieldIsDispatched() throws {
        #expect(try parse("event: e\ndata:\n\n") == [SSEEvent(event: "e", data: "")])
    }

    @Test func doneSentinelIsOrdinaryData() throws {
        #expect(try parse("data: {\"x\":1}\n\ndata: [DONE]\n\n") == [SSEEvent(data: "{\"x\":1}"), SSEEvent(data: "[DONE]")])
    }

    @Test func finishReturnsTrailingEventWithoutBlankLine() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: one\n\nevent: last\ndata: {\"x\":1}\n")) == [SSEEvent(data: "one")])
        #expect(parser.finish() == SSEEvent(event: "last", data: "{\"x\":1}"))
        #expect(parser.pendingText == "")
        #expect(parser.finish() == nil)
    }

    @Test func finishParsesAnUnterminatedLastLine() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a\ndata: b")) == [])
        #expect(parser.finish() == SSEEvent(data: "a\nb"))
    }

    @Test func finishWithoutPendingDataReturnsNil() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a\n\nevent: only-a-name\n")) == [SSEEvent(data: "a")])
        #expect(parser.finish() == nil)
    }

    @Test func feedAfterFinishStartsANewStream() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a")) == [])
        #expect(parser.finish() == SSEEvent(data: "a"))
        #expect(try parser.feed(buffer("\u{FEFF}data: b\n\n")) == [SSEEvent(data: "b")])
    }

    @Test func leadingBOMIsSkipped() throws {
        #expect(try parse("\u{FEFF}data: a\n\n") == [SSEEvent(data: "a")])
        #expect(try parse([[0xEF], [0xBB], [0xBF] + Array("data: a\n\n".utf8)]) == [SSEEvent(data: "a")])
    }

    @Test func onlyOneBOMAtTheVeryStartIsSkipped() throws {
        // A later BOM is part of the field name, which then matches nothing.
        #expect(try parse("data: a\n\n\u{FEFF}data: b\n\n") == [SSEEvent(data: "a")])
        #expect(try parse("\u{FEFF}\u{FEFF}data: b\n\n") == [])
    }

    @Test func partialBOMPrefixIsKeptAsLineContent() throws {
        // 0xEF starts a BOM but isn't followed by one; dropping it would turn the line into `data`.
        #expect(try parse([[0xEF], Array("data: a\n\n".utf8)]) == [])
        #expect(try parse([[0xEF, 0xBB], Array("\ndata: a\n\n".utf8)]) == [SSEEvent(data: "a")])
        var parser = SSEParser()
        #expect(try parser.feed(buffer([0xEF, 0xBB])) == [])
        #expect(try parser.feed(buffer("x")) == [])
        #expect(parser.pendingText.hasSuffix("x"))
        #expect(parser.pendingText.utf8.count > 1)
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        let bytes: [UInt8] = Array("event: e".utf8) + [0xC0] + [0x0A] + Array("data: ".utf8)
            + [0xFF, 0xFE] + Array("ok".utf8) + [0xC3] + Array("\n\n".utf8)
        let events = try parse([bytes])
        #expect(events == [SSEEvent(event: "e\u{FFFD}", data: "\u{FFFD}\u{FFFD}ok\u{FFFD}")])
    }

    @Test func multiByteCharacterSplitAcrossFeedsIsDecodedWhole() throws {
        let bytes = Array("data: 👋\n\n".utf8)
        // Split inside the 4-byte emoji, which starts at offset 6.
        for split in 7...9 {
            #expect(try parse([Array(bytes[..<split]), Array(bytes[split...])]) == [SSEEvent(data: "👋")])
        }
    }

    @Test func eventLargerThanLimitThrows() throws {
        var parser = SSEParser(maxEventBytes: 64)
        let big = "data: " + String(repeating: "x", count: 100) + "\n\n"
        #expect(throws: SSEParserError.eventTooLarge(limit: 64)) {
            _ = try parser.feed(buffer(big))
        }
    }

    @Test func unterminatedEventLargerThanLimitThrows() throws {
        var parser = SSEParser(maxEventBytes: 64)
        #expect(try parser.feed(buffer("data: " + String(repeating: "x", count: 40))) == [])
        #expect(throws: SSEParserError.eventTooLarge(limit: 64)) {
            _ = try parser.feed(buffer(String(repeating: "x", count: 40)))
        }
    }

    @Test func limitCountsTheWholeEventNotOneLine() throws {
        var parser = SSEParser(maxEventBytes: 64)
        #expect(try parser.feed(buffer("data: " + String(repeating: "a", count: 30) + "\n")) == [])
        #expect(throws: SSEParserError.eventTooLarge(limit: 64)) {
            _ = try parser.feed(buffer("data: " + String(repeating: "b", count: 30) + "\n"))
        }
    }

    @Test func manySmallEventsStayUnderTheLimit() throws {
        let text = String(repeating: "data: " + String(repeating: "x", count: 40) + "\n\n", count: 50)
        let events = try parse([Array(text.utf8)], maxEventBytes: 64)
        #expect(events.count == 50)
    }

    @Test func parserResynchronizesAfterOversizedEvent() throws {
        var parser = SSEParser(maxEventBytes: 64)
        var delivered: [SSEEvent] = []
        let text = "data: before\n\ndata: " + String(repeating: "x", count: 100) + "\ndata: more\n\ndata: after\n\n"
        #expect(throws: SSEParserError.eventTooLarge(limit: 64)) {
            try parser.feed(buffer(text)) { delivered.append($0) }
        }
        #expect(delivered == [SSEEvent(data: "before"), SSEEvent(data: "after")])

        // An oversized partial line is skipped up to the next blank line in later feeds too.
        #expect(throws: SSEParserError.eventTooLarge(limit: 64)) {
            _ = try parser.feed(buffer("data: " + String(repeating: "y", count: 100)))
        }
        #expect(try parser.feed(buffer("yyy\ndata: still-skipped\n")) == [])
        #expect(try parser.feed(buffer("\ndata: next\n\n")) == [SSEEvent(data: "next")])
    }

    @Test func callbackFeedDeliversEventsInOrder() throws {
        var parser = SSEParser()
        var seen: [String] = []
        try parser.feed(buffer("data: 1\n\ndata: 2\n\ndata: 3")) { seen.append($0.data) }
        #expect(seen == ["1", "2"])
        try parser.feed(buffer("\n\n")) { seen.append($0.data) }
        #expect(seen == ["1", "2", "3"])
    }

    @Test func callbackErrorIsRethrown() throws {
        struct Stop: Error {}
        var parser = SSEParser()
        var seen: [String] = []
        #expect(throws: Stop.self) {
            try parser.feed(buffer("data: 1\n\ndata: 2\n\n")) { event in
                seen.append(event.data)
                throw Stop()
            }
        }
        #expect(seen == ["1"])
    }

    @Test func pendingTextShowsUnframedBody() throws {
        let body = "{\n  \"error\": {\n    \"message\": \"Invalid API key\",\n    \"type\": \"auth\"\n  }\n}\n"
        var parser = SSEParser()
        #expect(try parser.feed(buffer(String(body.prefix(20)))) == [])
        #expect(try parser.feed(buffer(String(body.dropFirst(20)))) == [])
        #expect(parser.pendingText == body)
        #expect(parser.finish() == nil)
        #expect(parser.pendingText == body)
    }

    @Test func pendingTextIsClearedByABlankLine() throws {
        var parser = SSEParser()
        #expect(try parser.feed(buffer("data: a\n")) == [])
        #expect(parser.pendingText == "data: a\n")
        #expect(try parser.feed(buffer("\nevent: b")) == [SSEEvent(data: "a")])
        #expect(parser.pendingText == "event: b")
    }

    @Test func readerIndexOfInputIsRespected() throws {
        var input = buffer("garbage data: no\n\ndata: yes\n\n")
        input.moveReaderIndex(forwardBy: "garbage data: no\n\n".utf8.count)
        var parser = SSEParser()
        #expect(try parser.feed(input) == [SSEEvent(data: "yes")])
    }
}
