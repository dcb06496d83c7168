import Crypto
import GaiCore
import GaiStorage
import Synchronization

/// Checks gateway keys on the hot path without asking the store every time.
///
/// A presented key is hashed (SHA-256) and looked up by hash, so the comparison that decides is
/// between hashes through an index: no byte-by-byte comparison of secrets, no timing difference
/// between "no such key" and "wrong key". Every refusal has the same message.
///
/// Answers, found or not, are cached for ``cacheTTL``, so a revocation (or any change) made on
/// another replica takes effect within that bound; on this replica the admin API drops the
/// cached entry at once, and with a ``KeyChangeFeed`` (Redis) every replica drops its cache
/// within the feed's delay (see ``follow(_:)``).
///
/// Thread safety: the cache sits in one `Mutex`, held for a lookup or an insert, never across the
/// store's `await`.
public final class KeyAuthenticator: Sendable {
    public let store: any GatewayKeyStore
    /// How long a looked-up answer is trusted (default 5 s: the documented revocation bound).
    public let cacheTTL: Duration
    public let maxCachedKeys: Int
    private let now: @Sendable () -> ContinuousClock.Instant
    private let wallNow: @Sendable () -> Double
    private let cache = Mutex<[Digest: (key: GatewayKey?, fetched: ContinuousClock.Instant)]>([:])
    private let changeFeed = Mutex<(any KeyChangeFeed)?>(nil)

    public init(
        store: any GatewayKeyStore, cacheTTL: Duration = .seconds(5), maxCachedKeys: Int = 10_000,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        wallNow: @escaping @Sendable () -> Double = { Double(WallClock.nowMilliseconds()) / 1000 }
    ) {
        self.store = store
        self.cacheTTL = cacheTTL
        self.maxCachedKeys = max(1, maxCachedKeys)
        self.now = now
        self.wallNow = wallNow
    }

    /// The key for a presented secret, or `unauthorized` — the same error whether the key does
    /// not exist, is disabled, revoked or expired.
    public func authenticate(_ presented: String?) async throws(GaiError) -> GatewayKey {
        guard let presented, !presented.isEmpty, presented.utf8.count <= 512 else { throw Self.refusal }
        // The cache is keyed by the digest's four words: no hex string per request, and a
        // cheaper hash than 64 characters.
        let digest = Digest(SHA256.hash(data: Array(presented.utf8)))
        let instant = now()
        let cached = cache.withLock { cache -> GatewayKey?? in
            guard let entry = cache[digest], entry.fetched.duration(to: instant) < cacheTTL else { return nil }
            return .some(entry.key)
        }
        let key: GatewayKey?
        if let cached {
            key = cached
        } else {
            do {
                key = try await store.key(hash: digest.hex)
            } catch {
                throw GaiError(.internal, "The key store is unavailable", underlying: [error])
            }
            cache.withLock { cache in
                if cache.count >= maxCachedKeys { cache.removeAll(keepingCapacity: true) }
                cache[digest] = (key, instant)
            }
        }
        guard let key, key.isUsable(at: wallNow()) else { throw Self.refusal }
        return key
    }

    /// Forgets what is cached for a key (after it was changed here).
    public func invalidate(hash: String) {
        guard let digest = Digest(hex: hash) else { return invalidateAll() }
        _ = cache.withLock { $0.removeValue(forKey: digest) }
    }

    /// Forgets every cached lookup (keys changed on another replica).
    public func invalidateAll() {
        cache.withLock { $0.removeAll(keepingCapacity: true) }
    }

    /// Announces changes made here on `feed`, and drops the cache whenever the feed announces
    /// one: a revocation then reaches every replica within the feed's delay, not the cache TTL.
    /// Returns when the task is cancelled.
    public func follow(_ feed: any KeyChangeFeed) async {
        changeFeed.withLock { $0 = feed }
        await feed.watch { [weak self] in self?.invalidateAll() }
    }

    /// Drops the local entry and tells the other replicas.
    func changed(hash: String) async {
        invalidate(hash: hash)
        await changeFeed.withLock { $0 }?.publish()
    }

    static let refusal = GaiError(
        .unauthorized, "Invalid API key. Send a Gai key as 'Authorization: Bearer gai-…' or 'x-api-key'.")

    /// Lower-case hex SHA-256.
    public static func hash(_ secret: String) -> String {
        Digest(SHA256.hash(data: Array(secret.utf8))).hex
    }

    /// A SHA-256 digest as four words: the key cache's key.
    struct Digest: Hashable, Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64)

        init(_ digest: SHA256.Digest) {
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            digest.withUnsafeBytes { raw in
                words = (
                    raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                )
            }
            self.words = words
        }

        /// From 64 hex digits (a stored key's hash).
        init?(hex: String) {
            let utf8 = Array(hex.utf8)
            guard utf8.count == 64 else { return nil }
            var bytes = [UInt8](repeating: 0, count: 32)
            for index in 0..<32 {
                guard let high = Self.nibble(utf8[2 * index]), let low = Self.nibble(utf8[2 * index + 1]) else { return nil }
                bytes[index] = high << 4 | low
            }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            bytes.withUnsafeBytes { raw in
                words = (
                    raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                )
            }
            self.words = words
        }

        var hex: String {
            let digits = Array("0123456789abcdef".utf8)
            var text: [UInt8] = []
            text.reserveCapacity(64)
            for word in [words.0, words.1, words.2, words.3] {
                withUnsafeBytes(of: word) { raw in
                    for byte in raw {
                        text.append(digits[Int(byte >> 4)])
                        text.append(digits[Int(byte & 0x0F)])
                    }
                }
            }
            return String(decoding: text, as: UTF8.self)
        }

        static func == (lhs: Digest, rhs: Digest) -> Bool {
            lhs.words == rhs.words
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(words.3)
        }

        private static func nibble(_ character: UInt8) -> UInt8? {
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }

    /// A new key: `gai-` and 40 base-62 characters (~238 bits from the system's CSPRNG).
    public static func generate() -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        var random = SystemRandomNumberGenerator()
        var characters: [UInt8] = Array("gai-".utf8)
        while characters.count < 44 {
            // Rejection sampling keeps every character uniform (256 is not a multiple of 62).
            let byte = UInt8.random(in: 0...255, using: &random)
            if byte < 248 { characters.append(alphabet[Int(byte % 62)]) }
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
