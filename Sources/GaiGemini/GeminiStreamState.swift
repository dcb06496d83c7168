import Foundation
import GaiCore

/// What a Gemini stream has said so far, and the unified chunks each event turns into.
///
/// Gemini's events are complete `GenerateContentResponse`s carrying only new parts, so the
/// translation is per event, except for the end: `finishReason` cannot be trusted to mark the
/// last event (older models repeat `STOP` on every event), so the finish chunk is emitted only
/// when the stream closes, followed by a usage chunk (`choices: []`, the last `usageMetadata`)
/// whether or not the client asked for `include_usage`: the gateway decides what to forward.
/// (A stream in which Gemini reported no `usageMetadata` at all, such as a blocked prompt, gets
/// no usage chunk rather than invented zeros.)
struct GeminiStreamState {
    let provider: String
    let requestModel: String
    let created: Int64
    var id: String?
    var model: String?
    /// Candidate indices whose role chunk was sent, in order of appearance.
    var started: [Int] = []
    /// Function calls sent per candidate index (the next call's `index`).
    var toolCallCounts: [Int: Int] = [:]
    /// The latest raw `finishReason` per candidate index.
    var finishReasons: [Int: String] = [:]
    var promptBlocked = false
    var usage: GeminiUsageMetadata?

    init(provider: String, requestModel: String, created: Int64) {
        self.provider = provider
        self.requestModel = requestModel
        self.created = created
    }

    /// The chunks one upstream event becomes.
    mutating func chunks(for response: GenerateContentResponse) -> [ChatCompletionChunk] {
        if id == nil {
            id = response.responseId ?? GeminiIDs.completionID()
            model = response.modelVersion ?? requestModel
        }
        if let metadata = response.usageMetadata { usage = metadata }
        var chunks: [ChatCompletionChunk] = []
        for (position, candidate) in (response.candidates ?? []).enumerated() {
            let index = candidate.index ?? position
            start(index, into: &chunks)
            var delta = ChatCompletionChunk.Delta()
            var toolCalls: [ChatCompletionChunk.ToolCallDelta] = []
            for part in candidate.content?.parts ?? [] {
                if let call = part.functionCall {
                    // A Gemini function call always arrives whole: one complete delta.
                    let ordinal = toolCallCounts[index, default: 0]
                    toolCallCounts[index] = ordinal + 1
                    toolCalls.append(
                        ChatCompletionChunk.ToolCallDelta(
                            index: ordinal, id: GeminiIDs.toolCallID(call, signature: part.thoughtSignature), type: "function",
                            function: .init(name: call.name, arguments: GeminiIDs.jsonText(call.args))))
                } else if let text = part.text {
                    if part.thought == true {
                        delta.reasoningContent = (delta.reasoningContent ?? "") + text
                    } else {
                        delta.content = (delta.content ?? "") + text
                    }
                }
            }
            if !toolCalls.isEmpty { delta.toolCalls = toolCalls }
            if delta != ChatCompletionChunk.Delta() {
                chunks.append(chunk([ChatCompletionChunk.Choice(index: index, delta: delta)]))
            }
            if let reason = candidate.finishReason { finishReasons[index] = reason }
        }
        if (response.candidates ?? []).isEmpty, response.promptFeedback?.blockReason != nil {
            promptBlocked = true
            start(0, into: &chunks)
        }
        return chunks
    }

    /// The closing chunks once the upstream closed the stream, or the error that ended it.
    ///
    /// - Parameter leftover: text that arrived without `data:` framing; Gemini sends a
    ///   mid-stream error as a raw (pretty-printed) JSON object.
    func finish(leftover: String) throws(GaiError) -> [ChatCompletionChunk] {
        let trimmed = leftover.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty, let error = GeminiErrorMapping.errorBody(from: Data(trimmed.utf8)) {
            throw GeminiErrorMapping.mapStreamError(error, provider: provider)
        }
        guard !finishReasons.isEmpty || promptBlocked else {
            throw GaiError(.network, "The upstream provider '\(provider)' closed the stream before it finished", provider: provider)
        }
        var chunks: [ChatCompletionChunk] = []
        for index in started {
            let reason: FinishReason
            if let raw = finishReasons[index] {
                reason = GeminiFinishReason.map(raw, hasToolCalls: toolCallCounts[index, default: 0] > 0) ?? .stop
            } else {
                reason = promptBlocked ? .contentFilter : .stop
            }
            chunks.append(chunk([ChatCompletionChunk.Choice(index: index, delta: ChatCompletionChunk.Delta(), finishReason: reason)]))
        }
        if let usage {
            chunks.append(chunk([], usage: usage.usage))
        }
        return chunks
    }

    private mutating func start(_ index: Int, into chunks: inout [ChatCompletionChunk]) {
        guard !started.contains(index) else { return }
        started.append(index)
        chunks.append(chunk([ChatCompletionChunk.Choice(index: index, delta: ChatCompletionChunk.Delta(role: .assistant, content: ""))]))
    }

    private func chunk(_ choices: [ChatCompletionChunk.Choice], usage: Usage? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id ?? "", created: created, model: model ?? requestModel, choices: choices, usage: usage)
    }
}
