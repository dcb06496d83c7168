import NIOCore

extension RedisClient {
    /// Checks the server answers (`PING`).
    public func ping() async throws(RedisError) {
        let reply = try await self.send(["PING"])
        guard reply.string == "PONG" else { throw .protocolError("unexpected reply to PING") }
    }

    /// The value at `key`, or `nil` when the key does not exist (`GET`).
    public func get(_ key: String) async throws(RedisError) -> ByteBuffer? {
        switch try await self.send(["GET", .string(key)]) {
        case .bulkString(let value): return value
        case .null: return nil
        default: throw .protocolError("unexpected reply to GET")
        }
    }

    /// Sets `key` to `value` (`SET`), with an expiry in milliseconds when `px` is given.
    public func set(_ key: String, to value: RedisArgument, px milliseconds: Int64? = nil) async throws(RedisError) {
        var command: [RedisArgument] = ["SET", .string(key), value]
        if let milliseconds { command += ["PX", .integer(milliseconds)] }
        _ = try await self.send(command)
    }

    /// Deletes `keys` and returns how many existed (`DEL`).
    @discardableResult
    public func del(_ keys: String...) async throws(RedisError) -> Int64 {
        try await self.integer(["DEL"] + keys.map(RedisArgument.string))
    }

    /// Adds `amount` to the integer at `key` (0 if missing) and returns the result (`INCRBY`).
    @discardableResult
    public func incrBy(_ key: String, _ amount: Int64) async throws(RedisError) -> Int64 {
        try await self.integer(["INCRBY", .string(key), .integer(amount)])
    }

    /// Sets a time to live on `key`; returns whether the key exists (`EXPIRE`).
    @discardableResult
    public func expire(_ key: String, seconds: Int64) async throws(RedisError) -> Bool {
        try await self.integer(["EXPIRE", .string(key), .integer(seconds)]) == 1
    }

    /// Runs `script` by its SHA-1 (`EVALSHA`) and returns its reply; when the server does not
    /// have the script (`NOSCRIPT`), loads it (`SCRIPT LOAD`) and retries once.
    ///
    /// `SCRIPT LOAD` rather than `EVAL` because loaded scripts are never evicted from the
    /// server's cache, so every later call is one `EVALSHA` round trip again.
    public func evalScript(_ script: RedisScript, keys: [String] = [], args: [RedisArgument] = []) async throws(RedisError) -> RESPValue {
        let command: [RedisArgument] = ["EVALSHA", .string(script.sha1), .integer(Int64(keys.count))] + keys.map(RedisArgument.string) + args
        do {
            return try await self.send(command)
        } catch let error where error.serverCode == "NOSCRIPT" {
            let loaded = try await self.send(["SCRIPT", "LOAD", .string(script.source)])
            guard loaded.string == script.sha1 else { throw .protocolError("SCRIPT LOAD returned another SHA-1") }
            return try await self.send(command)
        }
    }

    private func integer(_ command: [RedisArgument]) async throws(RedisError) -> Int64 {
        guard case .integer(let value) = try await self.send(command) else {
            throw .protocolError("expected an integer reply to \(RedisArgument.commandName(command))")
        }
        return value
    }
}
