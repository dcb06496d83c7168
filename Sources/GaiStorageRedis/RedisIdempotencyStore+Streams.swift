import GaiRedis
import GaiStorage
import NIOCore
import Synchronization

// Sharing recorded streams between replicas. The replica that runs a stream mirrors its local
// recording's frames into `K:frames` as they are sent (a mirror job); any other replica that
// needs the stream makes a local recording with the same settings and feeds it from that list
// (a follow job). Both jobs run in `run()`'s task group.

extension RedisIdempotencyStore {
    /// This replica's part of the shared records, under the store's `Mutex`.
    struct LocalState {
        /// Keys this replica claimed and has not completed: their generation and the waiter its
        /// own duplicates share.
        var running: [String: (generation: UInt64, waiter: IdempotencyWaiter)] = [:]
        /// Streams this replica runs and mirrors, by record key: served from memory here.
        var mirrors: [String: MirroredStream] = [:]
        /// The same, by recording, for ``indexRecording(_:caller:requestID:)``.
        var mirrorKeys: [ObjectIdentifier: MirroredStream] = [:]
        /// Followed streams, so every reader on this replica shares one recording and one
        /// follower; weak, so a recording nobody reads any more goes away with its follower.
        var followers: [FollowKey: WeakRecording] = [:]
        /// Tickets the fallback store handed out, routed back to it.
        var fallbackTickets: Set<IdempotencyTicket> = []
    }

    struct MirroredStream: Sendable {
        var key: String
        var generation: UInt64
        var recording: StreamRecording
    }

    struct FollowKey: Hashable, Sendable {
        var key: String
        var generation: UInt64
    }

    struct WeakRecording: Sendable {
        weak var recording: StreamRecording?
    }

    /// Background work for ``run()``.
    enum Job: Sendable {
        case mirror(MirroredStream)
        case follow(FollowKey, next: Int, WeakRecording)
    }

    /// The most frames sent in one append, so one slow stream never makes a huge script call.
    static var mirrorBatch: Int { 256 }

    /// Runs the background work: mirrors this replica's streams into Redis and follows other
    /// replicas' streams for local readers. Call it once; `gai` runs it as a `Service` of its
    /// `ServiceGroup`.
    ///
    /// Returns when the task is cancelled, at once (streams being mirrored stop being shared,
    /// and local readers of followed streams end), or after ``shutdown()`` once every job ended.
    public func run() async {
        await withDiscardingTaskGroup { group in
            for await job in jobs {
                group.addTask {
                    switch job {
                    case .mirror(let mirror): await self.mirror(mirror)
                    case .follow(let key, let next, let target): await self.follow(key, next: next, target)
                    }
                }
            }
        }
    }

    /// Accepts no more background work; ``run()`` returns once the current jobs end (mirrors end
    /// with their streams, followers when their readers leave).
    public func shutdown() {
        jobSink.finish()
    }

    // MARK: - Mirroring (the replica that runs the stream)

    func startMirroring(_ recording: StreamRecording, key: String, generation: UInt64) {
        let mirror = MirroredStream(key: key, generation: generation, recording: recording)
        local.withLock { state in
            state.mirrors[key] = mirror
            state.mirrorKeys[ObjectIdentifier(recording)] = mirror
        }
        jobSink.yield(.mirror(mirror))
    }

    /// Copies the recording's frames into `K:frames`, whatever is available in each batch, then
    /// sets `fin` (and `ovf`) when it ends. Redis failing is retried for up to a lease.
    private func mirror(_ mirror: MirroredStream) async {
        defer {
            local.withLock { state in
                if state.mirrors[mirror.key]?.recording === mirror.recording { state.mirrors[mirror.key] = nil }
                state.mirrorKeys[ObjectIdentifier(mirror.recording)] = nil
            }
        }
        let ttl = RedisArgument.integer(Self.milliseconds(configuration.ttl))
        var next = 0
        var failingSince: ContinuousClock.Instant?
        while !Task.isCancelled {
            let available = mirror.recording.frames(from: next)
            if available.frames.isEmpty, !available.finished, !available.overflowed {
                await mirror.recording.waitForChange(after: next)
                continue
            }
            let batch = available.frames.prefix(Self.mirrorBatch)
            let end: RedisArgument =
                batch.count < available.frames.count ? "0" : available.overflowed ? "2" : available.finished ? "1" : "0"
            do {
                let reply = try await client.evalScript(
                    IdempotencyScripts.append, keys: [mirror.key, mirror.key + ":frames"],
                    args: [.string(String(mirror.generation)), .integer(Int64(next)), ttl, end] + batch.map(RedisArgument.bytes))
                // -1: the record expired or the key runs again; nobody can read this stream any more.
                guard let length = reply.int64, length >= 0 else { return }
                next += batch.count
                failingSince = nil
                if end != "0" { return }
            } catch {
                report(error, during: "stream mirror")
                let since = failingSince ?? .now
                failingSince = since
                if ContinuousClock.now - since > configuration.runningLease { return }
                try? await Task.sleep(for: configuration.pollInterval)
            }
        }
    }

    // MARK: - Following (any other replica)

    /// The local recording of the shared stream `generation` of `key`: the original when this
    /// replica runs it, else the one every local reader shares, fed from Redis.
    func sharedRecording(key: String, generation: UInt64, meta: StreamMeta) async -> StreamRecording {
        if let mirrored = local.withLock({ $0.mirrors[key] }), mirrored.generation == generation { return mirrored.recording }
        let id = FollowKey(key: key, generation: generation)
        let (recording, isNew) = local.withLock { state -> (StreamRecording, Bool) in
            if let existing = state.followers[id]?.recording { return (existing, false) }
            if state.followers.count >= 64 { state.followers = state.followers.filter { $0.value.recording != nil } }
            let made = meta.makeRecording()
            state.followers[id] = WeakRecording(recording: made)
            return (made, true)
        }
        guard isNew else { return recording }
        // A finished stream is read here in one go, so replaying it needs no background job.
        var next = 0
        if await pull(id, into: recording, next: &next) != .ended,
            case .terminated = jobSink.yield(.follow(id, next: next, WeakRecording(recording: recording)))
        {
            // Shut down: nothing will feed it, so its readers end rather than wait.
            recording.markOverflowed()
        }
        return recording
    }

    private enum Pull: Equatable {
        case progressed
        case idle
        case ended
    }

    /// Appends the frames after `next` to `recording` and ends it as the original ended.
    private func pull(_ id: FollowKey, into recording: StreamRecording, next: inout Int) async -> Pull {
        let reply: RESPValue
        do {
            reply = try await client.evalScript(
                IdempotencyScripts.fetch, keys: [id.key, id.key + ":frames"], args: [.string(String(id.generation)), .integer(Int64(next))])
        } catch {
            report(error, during: "stream follow")
            return .idle
        }
        guard let fields = reply.elements, fields.first?.string == "ok", fields.count == 4 else {
            // Expired, or the key runs again: the rest of this stream is lost.
            recording.markOverflowed()
            return .ended
        }
        let frames = fields[3].elements ?? []
        for frame in frames {
            if let bytes = frame.bytes { _ = recording.append(bytes) }
        }
        next += frames.count
        if fields[2].string == "1" {
            recording.markOverflowed()
            return .ended
        }
        if fields[1].string == "1" {
            recording.finish()
            return .ended
        }
        return frames.isEmpty ? .idle : .progressed
    }

    /// Feeds a followed recording every poll interval until the stream ends, no reader holds
    /// the recording any more, or no frame came for a lease (its replica died mid-stream).
    private func follow(_ id: FollowKey, next start: Int, _ target: WeakRecording) async {
        var next = start
        var lastProgress = ContinuousClock.now
        while true {
            do {
                try await Task.sleep(for: configuration.pollInterval)
            } catch {
                target.recording?.markOverflowed()
                return
            }
            guard let recording = target.recording else { return }
            switch await pull(id, into: recording, next: &next) {
            case .ended: return
            case .progressed: lastProgress = .now
            case .idle:
                if ContinuousClock.now - lastProgress > configuration.runningLease {
                    recording.markOverflowed()
                    return
                }
            }
        }
    }
}
