import GaiSSE
import NIOCore
import Testing

func encoded(_ write: (inout ByteBuffer) -> Void) -> String {
    var output = ByteBuffer()
    write(&output)
    return String(buffer: output)
}

@Suite struct SSEEncoderTests {
    @Test func dataSingleLine() {
        #expect(encoded { SSEEncoder.data("{\"a\":1}", into: &$0) } == "data: {\"a\":1}\n\n")
    }

    @Test func dataEmpty() {
        #expect(encoded { SSEEncoder.data("", into: &$0) } == "data: \n\n")
    }

    @Test func dataMultiLineIsSplitIntoDataLines() {
        #expect(encoded { SSEEncoder.data("a\nb\n", into: &$0) } == "data: a\ndata: b\ndata: \n\n")
        #expect(encoded { SSEEncoder.data("a\r\nb\rc", into: &$0) } == "data: a\ndata: b\ndata: c\n\n")
    }

    @Test func dataFromByteBuffer() {
        let payload = ByteBuffer(string: "{\"choices\":[]}")
        #expect(encoded { SSEEncoder.data(payload, into: &$0) } == "data: {\"choices\":[]}\n\n")
    }

    @Test func dataFromByteBufferCannotInjectEvents() {
        let payload = ByteBuffer(string: "x\n\ndata: injected")
        #expect(encoded { SSEEncoder.data(payload, into: &$0) } == "data: x\ndata: \ndata: data: injected\n\n")
    }

    @Test func dataAppendsToExistingBytes() {
        var output = ByteBuffer(string: "data: first\n\n")
        SSEEncoder.data("second", into: &output)
        #expect(String(buffer: output) == "data: first\n\ndata: second\n\n")
    }

    @Test func fullEvent() {
        let event = SSEEvent(event: "content_block_delta", data: "line 1\nline 2", id: "7", retry: 3000)
        #expect(
            encoded { SSEEncoder.event(event, into: &$0) }
                == "id: 7\nevent: content_block_delta\nretry: 3000\ndata: line 1\ndata: line 2\n\n"
        )
    }

    @Test func eventWithOnlyData() {
        #expect(encoded { SSEEncoder.event(SSEEvent(data: "x"), into: &$0) } == "data: x\n\n")
    }

    @Test func lineBreaksInSingleLineFieldsAreDropped() {
        let event = SSEEvent(event: "a\r\nb", data: "x", id: "1\n2", retry: -1)
        #expect(encoded { SSEEncoder.event(event, into: &$0) } == "id: 12\nevent: ab\ndata: x\n\n")
    }

    @Test func comment() {
        #expect(encoded { SSEEncoder.comment("ping", into: &$0) } == ": ping\n\n")
        #expect(encoded { SSEEncoder.comment("a\nb", into: &$0) } == ": a\n: b\n\n")
    }

    @Test func doneSentinel() throws {
        #expect(SSEEncoder.done == "data: [DONE]\n\n")
        #expect(try parse(SSEEncoder.done) == [SSEEvent(data: "[DONE]")])
    }

    @Test(arguments: [
        SSEEvent(data: "{\"id\":\"chatcmpl-1\",\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}"),
        SSEEvent(data: ""),
        SSEEvent(data: "first\nsecond\n\nfourth"),
        SSEEvent(data: "trailing newline\n"),
        SSEEvent(data: "\n"),
        SSEEvent(data: " leading space and ünïcödé 👋"),
        SSEEvent(data: ": not a comment"),
        SSEEvent(event: "message_delta", data: "{\"type\":\"message_delta\"}", id: "evt-1", retry: 0),
        SSEEvent(event: "", data: "x", id: ""),
    ])
    func roundTrip(_ event: SSEEvent) throws {
        let text = encoded { SSEEncoder.event(event, into: &$0) }
        #expect(try parse(text) == [event])
    }

    @Test func roundTripOfAStream() throws {
        let events = [
            SSEEvent(event: "a", data: "1\n2", id: "1"),
            SSEEvent(data: "plain"),
            SSEEvent(data: "[DONE]"),
        ]
        let text = encoded { output in
            for event in events {
                SSEEncoder.event(event, into: &output)
                SSEEncoder.comment("keep-alive", into: &output)
            }
        }
        #expect(try parse(text) == events)
    }
}
