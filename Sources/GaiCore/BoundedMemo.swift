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
    @usableFromInline let entries = Mutex<[Key: Value]>([:])

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, made with `make` the first time.
    @inlinable
    public func value(for key: Key, make: () -> Value) -> Value {
        if let known = entries.withLock({ $0[key] }) { return known }
        let made = make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = made
        }
        return made
    }

    public var count: Int { entries.withLock { $0.count } }
}
