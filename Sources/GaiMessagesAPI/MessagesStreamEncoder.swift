import Foundation
import GaiAnthropicWire
import GaiCore
import GaiSSE
import NIOCore

/// Turns a stream of unified chunks into Anthropic Messages streaming events, framed as SSE with
/// an `event:` line matching the data's `type` (Anthropic's SDKs dispatch on the event name).
///
/// The sequence is Anthropic's: `message_start` (on the first chunk, with the input tokens when
/// that chunk carries usage, else 0), then for each content block `content_block_start`, its
/// deltas and `content_block_stop`, indexes counting blocks in order; at the end one
/// `message_delta` with the stop reason and cumulative usage, then `message_stop`.
///
/// Blocks: reasoning text opens a `thinking` block (`thinking_delta`), text a `text` block
/// (`text_delta`), and each tool call index a `tool_use` block (`input_json_delta` fragments,
/// exactly the provider's argument fragments), opened when the call's first fragment arrives.
/// Opening a block closes the one before it, because Anthropic's blocks never interleave. A
/// fragment for a tool call whose block was already closed (a provider interleaving parallel
/// calls) cannot be expressed and is dropped; OpenAI-compatible providers send calls one after
/// the other.
///
/// A failure writes `event: error` with `{"type":"error","error":{type,message}}` and nothing
/// after it, as Anthropic does inside an HTTP 200 stream.
package struct MessagesStreamEncoder: Sendable {
    private let clientModel: String
    private let fallbackID: String
    private var started = false
    private var nextIndex = 0
    private var open: OpenBlock?
    /// Tool call index → whether its block was opened (and maybe closed).
    private var seenToolCalls: Set<Int> = []
    private var finishReason: FinishReason?
    private var usage: Usage?

    private enum OpenBlock: Equatable {
        case text(index: Int)
        case thinking(index: Int)
        case toolUse(index: Int, call: Int)

        var index: Int {
            switch self {
            case .text(let index), .thinking(let index), .toolUse(let index, _): index
            }
        }
    }

    /// - Parameters:
    ///   - clientModel: the model name the client asked for, echoed in `message_start`.
    ///   - fallbackID: the message id when the stream ends before any chunk (the request id).
    package init(clientModel: String, fallbackID: String) {
        self.clientModel = clientModel
        self.fallbackID = fallbackID
    }

    // MARK: - Bytes

    /// The SSE bytes for one chunk (empty when it carries nothing to say).
    package mutating func bytes(for chunk: ChatCompletionChunk) -> ByteBuffer {
        Self.encode(events(for: chunk))
    }

    /// The bytes that end a successful stream.
    package mutating func finish() -> ByteBuffer {
        Self.encode(finishEvents())
    }

    /// The bytes that end a failed stream.
    package func fail(_ error: GaiError) -> ByteBuffer {
        Self.encode([failEvent(error)])
    }

    // MARK: - Events

    package mutating func events(for chunk: ChatCompletionChunk) -> [AnthropicStreamEvent] {
        var events: [AnthropicStreamEvent] = []
        if let usage = chunk.usage { self.usage = usage }
        if !started {
            events.append(start(id: MessagesTranslation.messageID(chunk.id.isEmpty ? fallbackID : chunk.id)))
        }
        guard let choice = chunk.choices.first(where: { $0.index == 0 }) ?? chunk.choices.first else { return events }
        let delta = choice.delta
        if let reasoning = delta.reasoningContent, !reasoning.isEmpty {
            if case .thinking? = open {} else { events += openBlock({ .thinking(index: $0) }, content: .thinking("")) }
            events.append(blockDelta(.init(type: "thinking_delta", thinking: reasoning)))
        }
        if let text = delta.content, !text.isEmpty {
            if case .text? = open {} else { events += openBlock({ .text(index: $0) }, content: .text("")) }
            events.append(blockDelta(.init(type: "text_delta", text: text)))
        }
        for call in delta.toolCalls ?? [] {
            if case .toolUse(_, call.index)? = open {
                // The open block is this call's.
            } else if seenToolCalls.contains(call.index) {
                continue  // Its block is closed; see the type's documentation.
            } else {
                seenToolCalls.insert(call.index)
                let id = call.id ?? "toolu_\(fallbackID)_\(call.index)"
                events += openBlock(
                    { .toolUse(index: $0, call: call.index) },
                    content: .toolUse(id: id, name: call.function?.name ?? "", input: .object([:])))
            }
            if let fragment = call.function?.arguments, !fragment.isEmpty {
                events.append(blockDelta(.init(type: "input_json_delta", partialJSON: fragment)))
            }
        }
        if let reason = choice.finishReason { finishReason = reason }
        return events
    }

    package mutating func finishEvents() -> [AnthropicStreamEvent] {
        var events: [AnthropicStreamEvent] = []
        if !started { events.append(start(id: MessagesTranslation.messageID(fallbackID))) }
        events += closeBlock()
        let stopReason = MessagesTranslation.stopReason(for: finishReason, hasToolCalls: !seenToolCalls.isEmpty)
        var finalUsage = AnthropicUsage(outputTokens: usage?.completionTokens ?? 0)
        if let usage {
            let mapped = MessagesTranslation.usage(usage)
            finalUsage.inputTokens = mapped.inputTokens
            finalUsage.cacheReadInputTokens = mapped.cacheReadInputTokens
            finalUsage.cacheCreationInputTokens = mapped.cacheCreationInputTokens
        }
        events.append(AnthropicStreamEvent(type: "message_delta", delta: .init(stopReason: stopReason), usage: finalUsage))
        events.append(AnthropicStreamEvent(type: "message_stop"))
        return events
    }

    package func failEvent(_ error: GaiError) -> AnthropicStreamEvent {
        AnthropicStreamEvent(
            type: "error", error: AnthropicErrorDetail(type: MessagesErrorBody.type(for: error.code), message: error.message))
    }

    private mutating func start(id: String) -> AnthropicStreamEvent {
        started = true
        let inputUsage: AnthropicUsage
        if let usage {
            inputUsage = MessagesTranslation.usage(Usage(
                promptTokens: usage.promptTokens, completionTokens: 0,
                cachedTokens: usage.cachedTokens, cacheWriteTokens: usage.cacheWriteTokens))
        } else {
            inputUsage = AnthropicUsage(inputTokens: 0, outputTokens: 0)
        }
        let message = AnthropicMessage(id: id, model: clientModel, content: [], stopReason: nil, usage: inputUsage)
        return AnthropicStreamEvent(type: "message_start", message: message)
    }

    private mutating func openBlock(_ make: (Int) -> OpenBlock, content: AnthropicContentBlock) -> [AnthropicStreamEvent] {
        var events = closeBlock()
        let block = make(nextIndex)
        nextIndex += 1
        open = block
        events.append(AnthropicStreamEvent(type: "content_block_start", index: block.index, contentBlock: content))
        return events
    }

    private mutating func closeBlock() -> [AnthropicStreamEvent] {
        guard let block = open else { return [] }
        open = nil
        return [AnthropicStreamEvent(type: "content_block_stop", index: block.index)]
    }

    private func blockDelta(_ delta: AnthropicStreamEvent.Delta) -> AnthropicStreamEvent {
        AnthropicStreamEvent(type: "content_block_delta", index: open?.index, delta: delta)
    }

    /// `event: <type>\ndata: <json>\n\n` per event.
    package static func encode(_ events: [AnthropicStreamEvent]) -> ByteBuffer {
        var buffer = ByteBuffer()
        let encoder = GaiJSON.makeEncoder()
        for event in events {
            guard let data = try? encoder.encode(event) else { continue }
            SSEEncoder.event(SSEEvent(event: event.type, data: String(decoding: data, as: UTF8.self)), into: &buffer)
        }
        return buffer
    }
}
