import Synchronization

/// Values made once per key and kept, for the hot path's small vocabularies (metric handles per
/// label set, span attributes per deployment or URL). Bounded: at ``capacity`` entries it starts
/// over, so a key space that turns out to be open cannot grow it without limit.
///
/// Thread safety: one `Mutex`, held only to look up or store; `make` runs outside it (two
/// callers may both make a missing value; the later one is kept).
public final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    public let capacity: Int
    // Inlinable (with its storage): a generic class's methods called from another module run
    // unspecialized otherwise, every dictionary operation through witness tables (~1 µs a lookup).
    @usableFromInline let entries = Mutex(Storage())

    /// The map, and the few keys asked for last: a gateway asks for the same handful of keys
    /// over and over, and comparing a key is cheaper than hashing it (several strings each).
    @usableFromInline struct Storage {
        @usableFromInline var map: [Key: Value] = [:]
        // Keys and values apart: an array of pairs was read by copying a pair out (retaining
        // every reference in key and value) for each key compared.
        @usableFromInline var recentKeys: [Key] = []
        @usableFromInline var recentValues: [Value] = []
        @usableFromInline var nextRecent = 0

        @inlinable init() {}

        @inlinable static var recentCount: Int { 4 }

        @inlinable mutating func remember(_ key: Key, _ value: Value) {
            if recentKeys.count < Self.recentCount {
                recentKeys.append(key)
                recentValues.append(value)
            } else {
                recentKeys[nextRecent] = key
                recentValues[nextRecent] = value
                nextRecent = (nextRecent + 1) % Self.recentCount
            }
        }
    }

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, made with `make` the first time.
    @inlinable
    public func value(for key: Key, make: () -> Value) -> Value {
        let known = entries.withLock { storage -> Value? in
            for index in storage.recentKeys.indices where storage.recentKeys[index] == key { return storage.recentValues[index] }
            guard let value = storage.map[key] else { return nil }
            storage.remember(key, value)
            return value
        }
        if let known { return known }
        let made = make()
        entries.withLock { storage in
            if storage.map.count >= capacity {
                storage.map.removeAll(keepingCapacity: true)
                storage.recentKeys.removeAll(keepingCapacity: true)
                storage.recentValues.removeAll(keepingCapacity: true)
                storage.nextRecent = 0
            }
            storage.map[key] = made
            storage.remember(key, made)
        }
        return made
    }

    public var count: Int { entries.withLock { $0.map.count } }
}
