import Foundation
import GaiAnthropicWire
import GaiCore
import GaiProviderKit
import GaiSSE
import NIOCore

/// Turns an Anthropic Messages SSE body into OpenAI-shaped chunks.
///
/// Events are dispatched on the SSE `event:` name, as Anthropic's SDKs do, falling back to the
/// data's `type` when an upstream sent no name. The chunks:
/// - `message_start` → a first chunk with `role: assistant` and empty content;
/// - `text_delta` → a content delta; `thinking_delta` → a `reasoning_content` delta;
/// - a `tool_use` block's start → a tool-call delta with its id, name and empty arguments, keyed
///   by the tool's ordinal among the message's tool-use blocks (0, 1, …), not by the block
///   index, which counts text blocks too; each `input_json_delta` → an arguments fragment;
/// - `message_stop` → a chunk with the mapped finish reason, then always a usage chunk
///   (`choices: []`): the gateway decides whether the client asked for it.
///
/// `ping`, block stops, signature and citation deltas and event types Gai does not know produce
/// nothing and never fail the stream. `event: error` ends it with the classified error, and a
/// body that ends before `message_stop` is a `network` failure, never a silent clean end.
struct AnthropicStreamDecoder: AsyncSequence, Sendable {
    typealias Element = ChatStreamChunk

    let body: UpstreamBody
    let provider: String

    func makeAsyncIterator() -> Iterator {
        Iterator(events: SSEEventReader(body: body, provider: provider), provider: provider)
    }

    struct Iterator: AsyncIteratorProtocol {
        var events: SSEEventReader
        let provider: String
        var ready: [ChatCompletionChunk] = []
        var readyIndex = 0
        var state: State

        init(events: SSEEventReader, provider: String) {
            self.events = events
            self.provider = provider
            self.state = State(created: WallClock.nowSeconds())
        }

        mutating func next() async throws -> ChatStreamChunk? {
            while true {
                if readyIndex < ready.count {
                    defer { readyIndex += 1 }
                    return ChatStreamChunk(ready[readyIndex])
                }
                ready.removeAll(keepingCapacity: true)
                readyIndex = 0
                guard let event = try await events.next() else {
                    return try finishOrFail()
                }
                if !state.finished { ready = try state.chunks(for: event, provider: provider) }
            }
        }

        private func finishOrFail() throws(GaiError) -> ChatStreamChunk? {
            if state.finished { return nil }
            // An error body sent without SSE framing.
            let leftover = events.pendingText.trimmingCharacters(in: .whitespacesAndNewlines)
            if !leftover.isEmpty, let envelope = AnthropicErrorMapping.errorEnvelope(from: ByteBuffer(string: leftover)) {
                throw AnthropicErrorMapping.mapStreamError(envelope.error, provider: provider)
            }
            throw GaiError(.network, "The upstream provider '\(provider)' closed the stream before it finished", provider: provider)
        }
    }

    /// What the decoder remembers between events.
    struct State {
        let created: Int64
        var id = ""
        var model = ""
        var inputUsage = AnthropicUsage()
        var outputTokens = 0
        var stopReason: String?
        /// Block index → tool ordinal, for the `tool_use` blocks seen so far.
        var toolOrdinals: [Int: Int] = [:]
        var finished = false

        init(created: Int64) { self.created = created }

        mutating func chunks(for event: SSEEvent, provider: String) throws(GaiError) -> [ChatCompletionChunk] {
            let named = event.event.flatMap { $0.isEmpty ? nil : $0 }
            if named == "ping" { return [] }
            let payload: AnthropicStreamEvent
            do {
                payload = try JSONDecoder().decode(AnthropicStreamEvent.self, from: Data(event.data.utf8))
            } catch {
                if named != nil, !Self.knownEvents.contains(named ?? "") { return [] }
                throw GaiError(
                    .providerUnavailable, "The upstream provider '\(provider)' sent a stream event that is not valid JSON",
                    provider: provider, underlying: [error])
            }
            switch named ?? payload.type ?? "" {
            case "message_start":
                guard let message = payload.message else { return [] }
                id = message.id
                model = message.model
                if let usage = message.usage {
                    inputUsage = usage
                    outputTokens = usage.outputTokens ?? 0
                }
                return [chunk(Delta(role: .assistant, content: ""))]
            case "content_block_start":
                guard case .toolUse(let toolID, let name, _)? = payload.contentBlock, let index = payload.index else { return [] }
                let ordinal = toolOrdinals.count
                toolOrdinals[index] = ordinal
                let call = ToolCallDelta(index: ordinal, id: toolID, type: "function", function: .init(name: name, arguments: ""))
                return [chunk(Delta(toolCalls: [call]))]
            case "content_block_delta":
                guard let delta = payload.delta else { return [] }
                switch delta.type {
                case "text_delta":
                    return [chunk(Delta(content: delta.text ?? ""))]
                case "thinking_delta":
                    return [chunk(Delta(reasoningContent: delta.thinking ?? ""))]
                case "input_json_delta":
                    guard let index = payload.index, let ordinal = toolOrdinals[index] else { return [] }
                    let call = ToolCallDelta(index: ordinal, function: .init(arguments: delta.partialJSON ?? ""))
                    return [chunk(Delta(toolCalls: [call]))]
                default:
                    return []
                }
            case "message_delta":
                if let reason = payload.delta?.stopReason { stopReason = reason }
                if let usage = payload.usage {
                    // Counts are cumulative; newer API versions repeat the input counts here.
                    if let output = usage.outputTokens { outputTokens = output }
                    if let input = usage.inputTokens { inputUsage.inputTokens = input }
                    if let write = usage.cacheCreationInputTokens { inputUsage.cacheCreationInputTokens = write }
                    if let read = usage.cacheReadInputTokens { inputUsage.cacheReadInputTokens = read }
                }
                return []
            case "message_stop":
                finished = true
                var usage = inputUsage
                usage.outputTokens = outputTokens
                // A stream that never sent a stop reason ended its turn normally.
                let finish = ChatCompletionChunk(
                    id: id, created: created, model: model,
                    choices: [.init(index: 0, delta: Delta(), finishReason: AnthropicProvider.finishReason(stopReason ?? "end_turn"))])
                let usageChunk = ChatCompletionChunk(id: id, created: created, model: model, choices: [], usage: AnthropicProvider.usage(usage))
                return [finish, usageChunk]
            case "error":
                throw AnthropicErrorMapping.mapStreamError(payload.error ?? AnthropicErrorDetail(), provider: provider)
            default:
                return []
            }
        }

        static let knownEvents: Set<String> = [
            "message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop", "error",
        ]

        private func chunk(_ delta: Delta) -> ChatCompletionChunk {
            ChatCompletionChunk(id: id, created: created, model: model, choices: [.init(index: 0, delta: delta)])
        }
    }
}

private typealias Delta = ChatCompletionChunk.Delta
private typealias ToolCallDelta = ChatCompletionChunk.ToolCallDelta
