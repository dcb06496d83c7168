import Foundation
import GaiRedis
import GaiStorage
import NIOCore

// The Lua side of `RedisIdempotencyStore`. Every state change of a record is one script, so
// replicas racing on one key see the same sequence of states the in-memory store's lock gives.
//
// A record is one hash `K` (the key prefix + hex SHA-256 of caller NUL key) with the fields
//   state    running | done | stream
//   fp       the request fingerprint (a different one is a mismatch)
//   owner    the replica that claimed it, gen: its generation (decimal text: Lua numbers are
//            doubles, which cannot hold every 64-bit value, so generations are only compared
//            as strings)
//   status, headers (JSON), body                  for `done`
//   framing, ctype, headers (JSON), maxb, fin, ovf for `stream`
// beside it `K:frames`, the stream's frames in order (a list), and `K:released`, the response
// of a run completed without `keep` (so duplicates already polling still get it, as in memory)
// for a short grace time. A running record expires after the lease, a kept one after the TTL.
// Scripts touch `K` and its siblings only, so the keys of one script share the prefix + hash;
// Redis Cluster would need a `{hash tag}` in the prefix.

enum IdempotencyScripts {
    /// Claims `K`. ARGV: fingerprint, owner, generation, lease ms. Replies `{'acquired'}`,
    /// `{'mismatch'}` or `{state, owner, gen, …outcome fields as in `look`}`.
    static let claim = RedisScript(
        #"""
        local h = redis.call('HMGET', KEYS[1], 'state', 'fp', 'owner', 'gen')
        local state = h[1]
        if state ~= 'running' and state ~= 'done' and state ~= 'stream' then
          redis.call('DEL', KEYS[1], KEYS[2])
          redis.call('HSET', KEYS[1], 'state', 'running', 'fp', ARGV[1], 'owner', ARGV[2], 'gen', ARGV[3])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          return {'acquired'}
        end
        if h[2] ~= ARGV[1] then return {'mismatch'} end
        local owner, gen = h[3] or '', h[4] or ''
        if state == 'running' then return {'running', owner, gen} end
        if state == 'done' then
          local r = redis.call('HMGET', KEYS[1], 'status', 'headers', 'body')
          return {'done', owner, gen, r[1] or '', r[2] or '', r[3] or ''}
        end
        local s = redis.call('HMGET', KEYS[1], 'framing', 'ctype', 'headers', 'maxb')
        return {'stream', owner, gen, s[1] or '', s[2] or '', s[3] or '', s[4] or ''}
        """#)

    /// What became of generation ARGV[1] of `K` (KEYS: K, K:released): `{'running'}`,
    /// `{'done', status, headers, body}`, `{'stream', framing, ctype, headers, maxb}` or `{'gone'}`.
    static let look = RedisScript(
        #"""
        local h = redis.call('HMGET', KEYS[1], 'gen', 'state')
        if h[1] == ARGV[1] then
          if h[2] == 'running' then return {'running'} end
          if h[2] == 'done' then
            local r = redis.call('HMGET', KEYS[1], 'status', 'headers', 'body')
            return {'done', r[1] or '', r[2] or '', r[3] or ''}
          end
          if h[2] == 'stream' then
            local s = redis.call('HMGET', KEYS[1], 'framing', 'ctype', 'headers', 'maxb')
            return {'stream', s[1] or '', s[2] or '', s[3] or '', s[4] or ''}
          end
          return {'gone'}
        end
        local r = redis.call('HMGET', KEYS[2], 'gen', 'status', 'headers', 'body')
        if r[1] == ARGV[1] and r[2] then return {'done', r[2], r[3] or '', r[4] or ''} end
        return {'gone'}
        """#)

    /// Ends the running generation ARGV[1] (KEYS: K, K:frames, K:released). ARGV: generation,
    /// mode, ttl ms, then `done`/`release`: status, headers, body; `stream`: framing, ctype,
    /// headers, maxb; `abandon`: nothing. Replies 1, or 0 when the generation no longer runs.
    static let finish = RedisScript(
        #"""
        local h = redis.call('HMGET', KEYS[1], 'gen', 'state')
        if h[1] ~= ARGV[1] or h[2] ~= 'running' then return 0 end
        local mode = ARGV[2]
        if mode == 'done' then
          redis.call('HSET', KEYS[1], 'state', 'done', 'status', ARGV[4], 'headers', ARGV[5], 'body', ARGV[6])
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        elseif mode == 'stream' then
          redis.call('DEL', KEYS[2])
          redis.call('HSET', KEYS[1], 'state', 'stream', 'framing', ARGV[4], 'ctype', ARGV[5], 'headers', ARGV[6],
            'maxb', ARGV[7], 'fin', '0', 'ovf', '0')
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        else
          redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
          if mode == 'release' then
            redis.call('HSET', KEYS[3], 'gen', ARGV[1], 'status', ARGV[4], 'headers', ARGV[5], 'body', ARGV[6])
            redis.call('PEXPIRE', KEYS[3], ARGV[3])
          end
        end
        return 1
        """#)

    /// Appends a mirrored batch (KEYS: K, K:frames). ARGV: generation, index of the batch's
    /// first frame, ttl ms, end (0 open, 1 finished, 2 overflowed), frames. Frames already in
    /// the list are skipped, so a batch whose reply was lost can be sent again. Replies the
    /// list's length, or -1 when the record is gone (expired, or a new generation).
    static let append = RedisScript(
        #"""
        local h = redis.call('HMGET', KEYS[1], 'gen', 'state')
        if h[1] ~= ARGV[1] or h[2] ~= 'stream' then return -1 end
        local have = redis.call('LLEN', KEYS[2])
        local start = tonumber(ARGV[2])
        if have < start then return -1 end
        local i = 5 + have - start
        while i <= #ARGV do
          local j = math.min(#ARGV, i + 99)
          redis.call('RPUSH', KEYS[2], unpack(ARGV, i, j))
          i = j + 1
        end
        if #ARGV >= 5 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
        if ARGV[4] == '2' then
          redis.call('DEL', KEYS[2])
          redis.call('HSET', KEYS[1], 'fin', '1', 'ovf', '1')
        elseif ARGV[4] == '1' then
          redis.call('HSET', KEYS[1], 'fin', '1')
        end
        return redis.call('LLEN', KEYS[2])
        """#)

    /// The frames of generation ARGV[1] from index ARGV[2] on (KEYS: K, K:frames), read in one
    /// step with the flags so `fin` = 1 means the reply holds the last frame:
    /// `{'ok', fin, ovf, {frames…}}` or `{'gone'}`.
    static let fetch = RedisScript(
        #"""
        local h = redis.call('HMGET', KEYS[1], 'gen', 'state', 'fin', 'ovf')
        if h[1] ~= ARGV[1] or h[2] ~= 'stream' then return {'gone'} end
        return {'ok', h[3] or '0', h[4] or '0', redis.call('LRANGE', KEYS[2], ARGV[2], -1)}
        """#)
}

/// A stream record's settings, enough to make a local recording that matches the original.
struct StreamMeta: Sendable {
    var framing: StreamRecording.Framing
    var contentType: String
    var headers: [String: String]
    var maxBytes: Int

    init(_ recording: StreamRecording) {
        framing = recording.framing
        contentType = recording.contentType
        headers = recording.headers
        maxBytes = recording.maxBytes
    }

    /// The `stream` arguments of `finish`: framing, ctype, headers, maxb.
    var arguments: [RedisArgument] {
        [.string(framing == .sse ? "sse" : "ndjson"), .string(contentType), .string(HeaderCoding.encode(headers)), .integer(Int64(maxBytes))]
    }

    /// Decodes framing, ctype, headers, maxb.
    init?(_ fields: ArraySlice<RESPValue>) {
        guard fields.count == 4, let maxBytes = fields[fields.startIndex + 3].int64 else { return nil }
        switch fields[fields.startIndex].string {
        case "sse": framing = .sse
        case "ndjson": framing = .ndjson
        default: return nil
        }
        contentType = fields[fields.startIndex + 1].string ?? ""
        headers = HeaderCoding.decode(fields[fields.startIndex + 2].bytes)
        self.maxBytes = Int(clamping: maxBytes)
    }

    func makeRecording() -> StreamRecording {
        StreamRecording(framing: framing, contentType: contentType, headers: headers, maxBytes: maxBytes)
    }
}

/// A record's state as the scripts report it.
enum RecordState: Sendable {
    case running
    case gone
    case response(IdempotentResponse)
    case stream(StreamMeta)

    /// Decodes `{tag, fields…}` as `look` (and the tail of `claim`) reply; `nil` for anything else.
    init?(tag: String?, fields: ArraySlice<RESPValue>) {
        switch tag {
        case "running": self = .running
        case "gone": self = .gone
        case "done":
            guard fields.count == 3, let status = fields[fields.startIndex].int64 else { return nil }
            let headers = HeaderCoding.decode(fields[fields.startIndex + 1].bytes)
            let body = fields[fields.startIndex + 2].bytes ?? ByteBuffer()
            self = .response(IdempotentResponse(status: Int(clamping: status), headers: headers, body: body))
        case "stream":
            guard let meta = StreamMeta(fields) else { return nil }
            self = .stream(meta)
        default: return nil
        }
    }

    /// The `done`/`release` arguments of `finish`: status, headers, body.
    static func arguments(_ response: IdempotentResponse) -> [RedisArgument] {
        [.integer(Int64(response.status)), .string(HeaderCoding.encode(response.headers)), .bytes(response.body)]
    }
}

/// Headers as a JSON object with sorted keys, the same bytes whichever replica wrote them.
enum HeaderCoding {
    static func encode(_ headers: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(headers) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Unreadable headers decode as none: a replay without them beats failing the request.
    static func decode(_ bytes: ByteBuffer?) -> [String: String] {
        guard let bytes, bytes.readableBytes > 0 else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(bytes.readableBytesView))) ?? [:]
    }
}
