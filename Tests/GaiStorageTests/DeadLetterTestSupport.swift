import GaiStorage

/// A dead-letter entry with fixed contents, distinguished by `id`.
func makeDeadLetter(id: String, model: String = "gpt-4o-mini", createdAt: Double = 1_700_000_000.25) -> DeadLetterEntry {
    DeadLetterEntry(
        id: id,
        requestID: "req-\(id)",
        idempotencyKey: nil,
        model: model,
        endpoint: "/v1/chat/completions",
        stream: false,
        requestBody: #"{"model":"gpt-4o-mini"}"#,
        errorCode: "provider_unavailable",
        errorMessage: "All deployments failed.",
        httpStatus: 503,
        attempts: [DeadLetterAttempt(deployment: "openai/gpt-4o-mini", outcome: "error", code: "overloaded", durationMs: 12.5)],
        firstFailureAt: createdAt - 1,
        lastFailureAt: createdAt,
        createdAt: createdAt)
}

/// A store whose every call fails, for the write-failure path.
struct FailingDeadLetterStore: DeadLetterStore {
    struct Failure: Error {}

    var maxEntries: Int { 100 }
    func append(_ entries: [DeadLetterEntry]) async throws -> Int { throw Failure() }
    func list(limit: Int, offset: Int) async throws -> [DeadLetterEntry] { throw Failure() }
    func get(id: String) async throws -> DeadLetterEntry? { throw Failure() }
    func delete(id: String) async throws -> Bool { throw Failure() }
    func deleteAll() async throws -> Int { throw Failure() }
    func count() async throws -> Int { throw Failure() }
    func update(_ entry: DeadLetterEntry) async throws { throw Failure() }
}
