import GaiCore
import GaiSSE
import NIOCore

/// How a stream is written to the client: which events, in which framing.
///
/// - `openai` (default on `/v1/chat/completions`): the OpenAI chunks, passed through.
/// - `gai.events.v1`: the provider-neutral events (`x-gai-stream: gai.events.v1`, or
///   `models[].stream_format`).
///
/// Either comes as SSE, or as NDJSON (one JSON object per line) when the client sends
/// `Accept: application/x-ndjson`.
public enum StreamWireFormat: String, Sendable, CaseIterable {
    case openai
    case events = "gai.events.v1"
}

/// SSE or NDJSON.
public enum StreamFraming: Sendable {
    case sse
    case ndjson

    var contentType: String {
        switch self {
        case .sse: "text/event-stream"
        case .ndjson: "application/x-ndjson"
        }
    }
}

/// The per-stream encoder: turns chunks, the end and a failure into the bytes of the chosen
/// format and framing.
struct StreamOutput {
    let format: StreamWireFormat
    let framing: StreamFraming
    /// OpenAI format only: forward the usage-only chunk (`stream_options.include_usage`).
    let includeUsage: Bool
    var normalizer: StreamNormalizer

    /// The bytes for one chunk, or `nil` when it produces nothing for this client.
    mutating func bytes(for chunk: ChatStreamChunk) throws -> ByteBuffer? {
        switch format {
        case .openai:
            if chunk.chunk.choices.isEmpty, chunk.chunk.usage != nil, !includeUsage { return nil }
            var buffer = ByteBuffer()
            if let raw = chunk.rawJSON {
                buffer.reserveCapacity(raw.readableBytes + 8)
                write(raw, into: &buffer)
            } else {
                write(try Gateway.encode(chunk.chunk), into: &buffer)
            }
            return buffer
        case .events:
            let events = normalizer.events(for: chunk.chunk)
            return events.isEmpty ? nil : encode(events)
        }
    }

    /// The bytes that end a successful stream.
    mutating func finish() -> ByteBuffer {
        switch (format, framing) {
        case (.openai, .sse): ByteBuffer(string: SSEEncoder.done)
        case (.openai, .ndjson): ByteBuffer()
        case (.events, _): encode(normalizer.finish())
        }
    }

    /// The bytes that end a failed stream: the OpenAI error object, or an `error` event.
    mutating func fail(_ error: GaiError) -> ByteBuffer {
        switch format {
        case .openai:
            var buffer = ByteBuffer()
            write(ErrorResponse.body(for: error), into: &buffer)
            return buffer
        case .events:
            return encode(normalizer.fail(error))
        }
    }

    private func write(_ json: ByteBuffer, into buffer: inout ByteBuffer) {
        switch framing {
        case .sse:
            SSEEncoder.data(json, into: &buffer)
        case .ndjson:
            var json = json
            buffer.writeBuffer(&json)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
    }

    private func encode(_ events: [StreamEvent]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for event in events {
            switch framing {
            case .sse:
                buffer.writeString("id: \(event.sequence)\ndata: ")
                buffer.writeString(event.json)
                buffer.writeString("\n\n")
            case .ndjson:
                buffer.writeString(event.json)
                buffer.writeInteger(UInt8(ascii: "\n"))
            }
        }
        return buffer
    }
}
