import GaiCore
import GaiMessagesAPI
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
    /// What is written, with the state each encoding keeps.
    enum Encoding {
        /// OpenAI chunks; `includeUsage` forwards the usage-only chunk (`stream_options.include_usage`).
        case openai(includeUsage: Bool)
        /// `gai.events.v1`.
        case events(StreamNormalizer)
        /// Anthropic Messages events (`/v1/messages`, always SSE).
        case messages(MessagesStreamEncoder)
    }

    var encoding: Encoding
    let framing: StreamFraming

    /// The bytes for one chunk, or `nil` when it produces nothing for this client.
    mutating func bytes(for chunk: ChatStreamChunk) throws -> ByteBuffer? {
        switch encoding {
        case .openai(let includeUsage):
            if chunk.chunk.choices.isEmpty, chunk.chunk.usage != nil, !includeUsage { return nil }
            var buffer = ByteBuffer()
            if let raw = chunk.rawJSON {
                buffer.reserveCapacity(raw.readableBytes + 8)
                write(raw, into: &buffer)
            } else {
                write(try Gateway.encode(chunk.chunk), into: &buffer)
            }
            return buffer
        case .events(var normalizer):
            let events = normalizer.events(for: chunk.chunk)
            encoding = .events(normalizer)
            return events.isEmpty ? nil : encode(events)
        case .messages(var encoder):
            let bytes = encoder.bytes(for: chunk.chunk)
            encoding = .messages(encoder)
            return bytes.readableBytes > 0 ? bytes : nil
        }
    }

    /// The bytes that end a successful stream.
    mutating func finish() -> ByteBuffer {
        switch encoding {
        case .openai:
            return framing == .sse ? ByteBuffer(string: SSEEncoder.done) : ByteBuffer()
        case .events(var normalizer):
            defer { encoding = .events(normalizer) }
            return encode(normalizer.finish())
        case .messages(var encoder):
            defer { encoding = .messages(encoder) }
            return encoder.finish()
        }
    }

    /// The bytes that end a failed stream: the OpenAI error object, an `error` event, or
    /// Anthropic's `event: error`.
    mutating func fail(_ error: GaiError) -> ByteBuffer {
        switch encoding {
        case .openai:
            var buffer = ByteBuffer()
            write(ErrorResponse.body(for: error), into: &buffer)
            return buffer
        case .events(var normalizer):
            defer { encoding = .events(normalizer) }
            return encode(normalizer.fail(error))
        case .messages(let encoder):
            return encoder.fail(error)
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
