/// Where idempotency records live: which keys ran, with which request fingerprint, and what they
/// answered. The in-memory store serves one node; a shared store (Redis) serves many replicas
/// behind the same protocol.
public protocol IdempotencyStore: Sendable {
    /// Decides, atomically, what a request with `scope` and body `fingerprint` does: run
    /// (first), replay, wait for or follow the running one, or refuse (different body).
    func claim(_ scope: IdempotencyScope, fingerprint: String) async -> IdempotencyClaim

    /// Hands the first run's outcome to the duplicates waiting for it. With `keep`, the outcome
    /// is also kept for replay until the TTL ends; without, the key is freed (a transient failure
    /// the client may retry with the same key).
    func complete(_ ticket: IdempotencyTicket, outcome: IdempotencyOutcome, keep: Bool) async

    /// Frees the key without an outcome (the client went away first): waiting duplicates get
    /// `nil` and the next request with the key runs.
    func abandon(_ ticket: IdempotencyTicket) async

    /// The recorded stream of the request with this id, for a client resuming by request id.
    func recording(caller: String, requestID: String) async -> StreamRecording?

    /// Indexes a stream recording under its request id as well as its key.
    func indexRecording(_ recording: StreamRecording, caller: String, requestID: String) async

    /// How many records are held (for the admin API and metrics).
    func count() async -> Int
}
