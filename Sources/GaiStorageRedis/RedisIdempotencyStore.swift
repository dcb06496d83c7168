import Crypto
import GaiRedis
import GaiStorage
import Logging
import NIOCore
import Synchronization

/// An ``IdempotencyStore`` in Redis: a duplicate request coalesces with the first one whichever
/// gateway replica (sharing the Redis) each of them reached.
///
/// It keeps the semantics of ``InMemoryIdempotencyStore``, with the record shared:
///
/// - **Claim**: one Lua script decides atomically, on a hash at ``Configuration/keyPrefix``
///   followed by the hex SHA-256 of caller, NUL and key: absent → `running` (→ `.acquired`),
///   same fingerprint → wait, replay or follow, another fingerprint → `.mismatch`.
/// - **Running lease**: a running record expires after ``Configuration/runningLease``. The
///   lease is never refreshed, so a replica that dies mid-request frees the key when its lease
///   ends, and duplicates waiting on other replicas then get `nil`. Set it above the longest
///   request.
/// - **Waiting**: a duplicate on the replica that runs the request waits on a local promise;
///   one on another replica polls the record every ``Configuration/pollInterval``.
/// - **Streams**: the owning replica mirrors the recorded frames into a Redis list as they are
///   sent; another replica follows that list into a local ``StreamRecording``, so a duplicate or
///   a resuming client (`Last-Event-ID`, or by request id) can read it anywhere. A stream longer
///   than its recording's ``StreamRecording/maxBytes`` is not replayable, as in memory.
/// - **Redis down or slow**: every command is bounded by the client's
///   ``RedisConfiguration/commandTimeout``. A claim that fails does not fail the request: it falls
///   back to an embedded ``InMemoryIdempotencyStore``, which deduplicates within this replica
///   only, and is counted in ``fallbackCount``. A failed `complete` leaves the record running
///   until its lease ends. A reply lost after the claim script ran can leave a key claimed in
///   Redis that nobody completes, again until the lease ends.
///
/// Mirroring and following run in ``run()``, which the `gai` executable runs as a `Service` of
/// its `ServiceGroup`: without it, streams are not shared between replicas.
///
/// Thread safety: this replica's running tickets, mirrored and followed recordings sit in one
/// `Mutex`, never held across an `await`.
public final class RedisIdempotencyStore: IdempotencyStore {
    /// How long records live and how the store waits.
    public struct Configuration: Sendable, Hashable {
        /// The default ``keyPrefix``.
        public static let defaultKeyPrefix = "gai:idem:"

        /// Prepended to every key, so idempotency records live in their own namespace.
        public var keyPrefix: String
        /// How long a completed record (and a recorded stream) is kept for replay. Default 24 h.
        public var ttl: Duration
        /// How long a running record is kept without an outcome. Default 10 minutes.
        public var runningLease: Duration
        /// How often a waiter on another replica looks at the record, and a follower at the
        /// stream's frames. Default 25 ms.
        public var pollInterval: Duration
        /// How long the response of a run completed without `keep` stays readable for the
        /// duplicates already waiting on other replicas. Default 10 s.
        public var releaseGrace: Duration

        /// Creates a configuration; every argument has the default described on its property.
        public init(
            keyPrefix: String = Configuration.defaultKeyPrefix, ttl: Duration = .seconds(86_400),
            runningLease: Duration = .seconds(600), pollInterval: Duration = .milliseconds(25),
            releaseGrace: Duration = .seconds(10)
        ) {
            self.keyPrefix = keyPrefix
            self.ttl = ttl
            self.runningLease = runningLease
            self.pollInterval = pollInterval
            self.releaseGrace = releaseGrace
        }
    }

    /// The client every call goes through; the store does not shut it down.
    public let client: RedisClient
    /// The settings the store was created with.
    public let configuration: Configuration
    /// This replica's random id, written as the owner of the records it claims.
    public let replicaID: String
    /// Where claims go while Redis fails: deduplication within this replica only.
    public let fallback: InMemoryIdempotencyStore

    let logger: Logger
    let local = Mutex(LocalState())
    let jobs: AsyncStream<Job>
    let jobSink: AsyncStream<Job>.Continuation
    private let fallbacks = Atomic<Int>(0)

    /// Creates a store on `client`; nothing is sent until the first claim.
    ///
    /// - Parameters:
    ///   - client: The Redis client to use; the store does not shut it down.
    ///   - configuration: Key prefix, TTL, lease and poll interval.
    ///   - fallback: The store used while Redis fails; by default one with the same TTL.
    ///   - logger: Where Redis failures are reported (their kind only, never keys or bodies).
    public init(
        client: RedisClient, configuration: Configuration = Configuration(), fallback: InMemoryIdempotencyStore? = nil,
        logger: Logger = Logger(label: "gai.idempotency.redis")
    ) {
        self.client = client
        self.configuration = configuration
        self.fallback = fallback ?? InMemoryIdempotencyStore(ttl: configuration.ttl)
        self.logger = logger
        self.replicaID = Self.hex(SystemRandomNumberGenerator.bytes(16))
        (self.jobs, self.jobSink) = AsyncStream.makeStream(of: Job.self)
    }

    /// How many claims fell back to the in-memory store because Redis failed.
    public var fallbackCount: Int { fallbacks.load(ordering: .relaxed) }

    /// Decides what a request with `scope` does, in one script; see
    /// ``IdempotencyStore/claim(_:fingerprint:)``. When Redis fails, the fallback store decides.
    public func claim(_ scope: IdempotencyScope, fingerprint: String) async -> IdempotencyClaim {
        let key = recordKey(scope)
        let generation = UInt64.random(in: 1...UInt64.max)
        let reply: RESPValue
        do {
            reply = try await client.evalScript(
                IdempotencyScripts.claim, keys: [key, key + ":frames"],
                args: [.string(fingerprint), .string(replicaID), .string(String(generation)), .integer(Self.milliseconds(configuration.runningLease))])
        } catch {
            return await fallbackClaim(scope, fingerprint: fingerprint, error: error)
        }
        let fields = reply.elements ?? []
        switch fields.first?.string {
        case "acquired":
            let waiter = IdempotencyWaiter()
            local.withLock { $0.running[key] = (generation, waiter) }
            return .acquired(IdempotencyTicket(scope: scope, generation: generation))
        case "mismatch":
            return .mismatch
        default:
            guard fields.count >= 3, let owner = fields[1].string, let running = fields[2].string.flatMap(UInt64.init),
                let state = RecordState(tag: fields[0].string, fields: fields[3...])
            else {
                return await fallbackClaim(scope, fingerprint: fingerprint, error: .protocolError("unexpected reply to the claim script"))
            }
            switch state {
            case .running:
                if owner == replicaID, let waiter = local.withLock({ $0.running[key] }), waiter.generation == running {
                    return .running(waiter.waiter)
                }
                return .running(IdempotencyWaiter { await self.poll(key: key, generation: running) })
            case .response(let response):
                return .completed(response)
            case .stream(let meta):
                return .stream(await sharedRecording(key: key, generation: running, meta: meta))
            case .gone:
                // The claim script never reports a record gone; a reply that does is not ours.
                return await fallbackClaim(scope, fingerprint: fingerprint, error: .protocolError("unexpected reply to the claim script"))
            }
        }
    }

    /// Stores the outcome (with the TTL) or frees the key, if `ticket` still owns the record;
    /// a kept stream starts being mirrored. See ``IdempotencyStore/complete(_:outcome:keep:)``.
    public func complete(_ ticket: IdempotencyTicket, outcome: IdempotencyOutcome, keep: Bool) async {
        if local.withLock({ $0.fallbackTickets.remove(ticket) != nil }) {
            await fallback.complete(ticket, outcome: outcome, keep: keep)
            return
        }
        let key = recordKey(ticket.scope)
        let waiter = takeRunning(key, generation: ticket.generation)
        let arguments: [RedisArgument]
        let ttl = RedisArgument.integer(Self.milliseconds(configuration.ttl))
        switch (outcome, keep) {
        case (.response(let response), true): arguments = ["done", ttl] + RecordState.arguments(response)
        case (.stream(let recording), true): arguments = ["stream", ttl] + StreamMeta(recording).arguments
        case (.response(let response), false):
            // Freed, but the duplicates already waiting on other replicas still get the answer.
            arguments = ["release", .integer(Self.milliseconds(configuration.releaseGrace))] + RecordState.arguments(response)
        case (.stream, false): arguments = ["abandon", 0]
        }
        let written = await finish(key, generation: ticket.generation, arguments)
        if written, keep, case .stream(let recording) = outcome {
            startMirroring(recording, key: key, generation: ticket.generation)
        }
        waiter?.fulfil(outcome)
    }

    /// Frees the key if `ticket` still owns it; see ``IdempotencyStore/abandon(_:)``.
    public func abandon(_ ticket: IdempotencyTicket) async {
        if local.withLock({ $0.fallbackTickets.remove(ticket) != nil }) {
            await fallback.abandon(ticket)
            return
        }
        let key = recordKey(ticket.scope)
        let waiter = takeRunning(key, generation: ticket.generation)
        _ = await finish(key, generation: ticket.generation, ["abandon", 0])
        waiter?.fulfil(nil)
    }

    /// The stream indexed under `requestID`, from any replica; see
    /// ``IdempotencyStore/recording(caller:requestID:)``.
    public func recording(caller: String, requestID: String) async -> StreamRecording? {
        let value: ByteBuffer?
        do {
            value = try await client.get(indexKey(caller: caller, requestID: requestID))
        } catch {
            report(error, during: "recording lookup")
            return await fallback.recording(caller: caller, requestID: requestID)
        }
        // The index holds `generation:record key`.
        guard let text = value.map({ String(buffer: $0) }), let colon = text.firstIndex(of: ":"),
            let generation = UInt64(text[..<colon])
        else { return await fallback.recording(caller: caller, requestID: requestID) }
        let key = String(text[text.index(after: colon)...])
        if let mirrored = local.withLock({ $0.mirrors[key] }), mirrored.generation == generation { return mirrored.recording }
        guard case .stream(let meta)? = try? await look(key, generation: generation) else { return nil }
        return await sharedRecording(key: key, generation: generation, meta: meta)
    }

    /// Indexes a stream this store mirrors under its request id, for the TTL; see
    /// ``IdempotencyStore/indexRecording(_:caller:requestID:)``.
    public func indexRecording(_ recording: StreamRecording, caller: String, requestID: String) async {
        guard let mirrored = local.withLock({ $0.mirrorKeys[ObjectIdentifier(recording)] }) else {
            // Not a recording this store shares (its claim fell back): index it where it lives.
            await fallback.indexRecording(recording, caller: caller, requestID: requestID)
            return
        }
        do {
            try await client.set(
                indexKey(caller: caller, requestID: requestID), to: .string("\(mirrored.generation):\(mirrored.key)"),
                px: Self.milliseconds(configuration.ttl))
        } catch {
            report(error, during: "recording index")
        }
    }

    /// The requests this replica runs under a key right now (claimed, not yet completed), plus
    /// the records of its fallback store. Completed records live in Redis, shared by every
    /// replica, and are not counted here.
    public func count() async -> Int {
        let running = local.withLock { $0.running.count }
        return running + (await fallback.count())
    }

    // MARK: - Helpers

    private func fallbackClaim(_ scope: IdempotencyScope, fingerprint: String, error: RedisError) async -> IdempotencyClaim {
        fallbacks.add(1, ordering: .relaxed)
        report(error, during: "claim")
        let claim = await fallback.claim(scope, fingerprint: fingerprint)
        if case .acquired(let ticket) = claim { local.withLock { _ = $0.fallbackTickets.insert(ticket) } }
        return claim
    }

    private func takeRunning(_ key: String, generation: UInt64) -> IdempotencyWaiter? {
        local.withLock { state in
            guard let running = state.running[key], running.generation == generation else { return nil }
            state.running[key] = nil
            return running.waiter
        }
    }

    /// Runs the `finish` script; whether this generation was still running and is now ended.
    private func finish(_ key: String, generation: UInt64, _ arguments: [RedisArgument]) async -> Bool {
        do {
            let reply = try await client.evalScript(
                IdempotencyScripts.finish, keys: [key, key + ":frames", key + ":released"],
                args: [.string(String(generation))] + arguments)
            return reply.int64 == 1
        } catch {
            report(error, during: "complete")
            return false
        }
    }

    /// What became of `generation` of the record at `key`.
    func look(_ key: String, generation: UInt64) async throws(RedisError) -> RecordState {
        let reply = try await client.evalScript(IdempotencyScripts.look, keys: [key, key + ":released"], args: [.string(String(generation))])
        let fields = reply.elements ?? []
        guard let state = RecordState(tag: fields.first?.string, fields: fields.dropFirst()) else {
            throw .protocolError("unexpected reply to the look script")
        }
        return state
    }

    /// Waits for another replica's run: polls until it has an outcome or is gone, this task is
    /// cancelled, or a lease has passed (the record cannot be running any longer by then, so
    /// only a Redis that keeps failing gets there).
    private func poll(key: String, generation: UInt64) async -> IdempotencyOutcome? {
        let deadline = ContinuousClock.now + configuration.runningLease
        while ContinuousClock.now < deadline {
            do { try await Task.sleep(for: configuration.pollInterval) } catch { return nil }
            guard let state = try? await look(key, generation: generation) else { continue }
            switch state {
            case .running: continue
            case .gone: return nil
            case .response(let response): return .response(response)
            case .stream(let meta): return .stream(await sharedRecording(key: key, generation: generation, meta: meta))
            }
        }
        return nil
    }

    func report(_ error: RedisError, during operation: String) {
        let kind: String
        switch error {
        case .connectionFailed: kind = "connection_failed"
        case .timeout: kind = "timeout"
        case .protocolError: kind = "protocol_error"
        case .server: kind = "server_error"
        case .closed: kind = "closed"
        }
        logger.warning("redis idempotency store failed", metadata: ["operation": "\(operation)", "error": "\(kind)"])
    }

    func recordKey(_ scope: IdempotencyScope) -> String {
        configuration.keyPrefix + Self.digest(scope.caller, scope.key)
    }

    private func indexKey(caller: String, requestID: String) -> String {
        configuration.keyPrefix + "rid:" + Self.digest(caller, requestID)
    }

    /// Hex SHA-256 of `a` NUL `b`: fixed-length keys that never reveal an API key id or an
    /// idempotency key in `KEYS` output.
    private static func digest(_ a: String, _ b: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(a.utf8))
        hasher.update(data: [0])
        hasher.update(data: Array(b.utf8))
        return hex(Array(hasher.finalize()))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `duration` in whole milliseconds, at least 1 (`PEXPIRE 0` would delete the key).
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return max(1, overflow ? Int64.max : millis &+ attoseconds / 1_000_000_000_000_000)
    }
}

extension SystemRandomNumberGenerator {
    fileprivate static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...UInt8.max, using: &generator) }
    }
}
