/// Turns a stream of unified chunks into `gai.events.v1` events.
///
/// It keeps just enough state to make the events self-contained: the sequence number, each tool
/// call's id, name and accumulated arguments (so `tool_call.end` carries the complete JSON even
/// when the provider sent fragments), the finish reason and the usage. Text deltas pass through
/// with no copying beyond the event itself.
public struct StreamNormalizer: Sendable {
    public let requestID: String
    public let traceID: String?
    public let provider: String
    public let model: String
    private let now: @Sendable () -> Int64
    private var sequence = 0
    private var openCalls: [Int: ToolCallState] = [:]
    private var callOrder: [Int] = []
    private var finishReason: FinishReason?
    private var usage: Usage?
    private var started = false

    struct ToolCallState: Sendable {
        var id: String
        var name: String
        var arguments: String
    }

    /// - Parameter now: the clock for `ts` (Unix milliseconds); tests pin it.
    public init(
        requestID: String, traceID: String? = nil, provider: String, model: String,
        now: @escaping @Sendable () -> Int64 = WallClock.nowMilliseconds
    ) {
        self.requestID = requestID
        self.traceID = traceID
        self.provider = provider
        self.model = model
        self.now = now
    }

    private mutating func event(_ payload: StreamEvent.Payload) -> StreamEvent {
        defer { sequence += 1 }
        return StreamEvent(timestamp: now(), sequence: sequence, requestID: requestID, traceID: traceID, payload: payload)
    }

    /// `stream.start`, once.
    public mutating func start() -> [StreamEvent] {
        guard !started else { return [] }
        started = true
        return [event(.start(provider: provider, model: model))]
    }

    /// The events one chunk carries (the first call also emits `stream.start`).
    public mutating func events(for chunk: ChatCompletionChunk) -> [StreamEvent] {
        var events = start()
        if let choice = chunk.choices.first(where: { $0.index == 0 }) ?? chunk.choices.first {
            let delta = choice.delta
            if let reasoning = delta.reasoningContent, !reasoning.isEmpty {
                events.append(event(.reasoning(reasoning)))
            }
            if let text = delta.content, !text.isEmpty {
                events.append(event(.text(text)))
            }
            for call in delta.toolCalls ?? [] {
                let fragment = call.function?.arguments ?? ""
                if var state = openCalls[call.index] {
                    if let name = call.function?.name, state.name.isEmpty { state.name = name }
                    state.arguments += fragment
                    openCalls[call.index] = state
                    if !fragment.isEmpty { events.append(event(.toolCallDelta(index: call.index, arguments: fragment))) }
                } else {
                    let state = ToolCallState(id: call.id ?? "call_\(requestID)_\(call.index)", name: call.function?.name ?? "", arguments: fragment)
                    openCalls[call.index] = state
                    callOrder.append(call.index)
                    events.append(event(.toolCallStart(index: call.index, id: state.id, name: state.name)))
                    if !fragment.isEmpty { events.append(event(.toolCallDelta(index: call.index, arguments: fragment))) }
                }
            }
            if let reason = choice.finishReason {
                finishReason = reason
                events += closeToolCalls()
            }
        }
        if let usage = chunk.usage {
            self.usage = usage
        }
        return events
    }

    private mutating func closeToolCalls() -> [StreamEvent] {
        var events: [StreamEvent] = []
        for index in callOrder {
            guard let state = openCalls[index] else { continue }
            events.append(event(.toolCallEnd(index: index, id: state.id, name: state.name, arguments: state.arguments)))
        }
        openCalls = [:]
        callOrder = []
        return events
    }

    /// The end of a successful stream: open tool calls closed, `usage` (when known), then
    /// `stream.finish`.
    public mutating func finish() -> [StreamEvent] {
        var events = start()
        let hadCalls = !callOrder.isEmpty
        events += closeToolCalls()
        if let usage {
            events.append(event(.usage(usage)))
        }
        let reason = finishReason ?? (hadCalls ? .toolCalls : .stop)
        events.append(event(.finish(reason: reason, provider: provider, model: model)))
        return events
    }

    /// The end of a failed stream: one `error` event.
    public mutating func fail(_ error: GaiError) -> [StreamEvent] {
        var events = start()
        let retryAfter = error.retryAfter.map { duration -> Int64 in
            let (seconds, attoseconds) = duration.components
            return seconds * 1000 + attoseconds / 1_000_000_000_000_000
        }
        events.append(event(.error(code: error.code, message: error.message, retryAfterMilliseconds: retryAfter, transient: error.isTransient)))
        return events
    }
}
