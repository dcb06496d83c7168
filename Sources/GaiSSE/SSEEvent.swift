/// One dispatched Server-Sent Event.
///
/// `id` and `retry` describe only the block this event came from. A browser `EventSource` keeps
/// the last event ID across events, but a gateway that re-encodes events must not repeat an `id:`
/// line the upstream sent once, so carrying it over is left to callers that reconnect.
public struct SSEEvent: Sendable, Hashable {
    /// The `event:` field, or `nil` when the block had none (the spec's implicit `"message"`).
    ///
    /// An `event:` line with an empty value gives `""`, which is kept distinct from `nil` so that
    /// re-encoding reproduces what the upstream sent.
    public var event: String?

    /// The `data:` lines of the block joined with `"\n"`.
    public var data: String

    /// The `id:` field of this block; an `id` containing NUL is ignored, as the spec requires.
    public var id: String?

    /// The `retry:` field of this block, present only when it consisted solely of ASCII digits.
    public var retry: Int?

    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}
