import Synchronization

/// Where dead-lettered requests are kept.
///
/// A store is bounded: once it holds ``maxEntries`` entries it refuses new ones rather than
/// evicting old ones, because the oldest failures are usually the ones an operator has not looked
/// at yet. "Newest" means most recently appended.
public protocol DeadLetterStore: Sendable {
    /// The most entries the store keeps.
    var maxEntries: Int { get }

    /// Stores `entries` in order until the store is full; returns how many were stored.
    ///
    /// Entries beyond capacity, and entries whose `id` is already stored, are not stored.
    func append(_ entries: [DeadLetterEntry]) async throws -> Int

    /// Up to `limit` entries, newest first, skipping the `offset` newest.
    func list(limit: Int, offset: Int) async throws -> [DeadLetterEntry]

    /// The entry with this id, if it is stored.
    func get(id: String) async throws -> DeadLetterEntry?

    /// Removes the entry with this id; `false` when there was none.
    func delete(id: String) async throws -> Bool

    /// Removes every entry; returns how many there were.
    func deleteAll() async throws -> Int

    /// How many entries are stored.
    func count() async throws -> Int

    /// Replaces the stored entry that has `entry.id` (e.g. to bump `retryCount`), keeping its
    /// place in the order; does nothing when there is none, since it may have been deleted meanwhile.
    func update(_ entry: DeadLetterEntry) async throws
}

/// A ``DeadLetterStore`` in memory: for tests and for gateways that keep no durable state.
///
/// Thread safety: every entry lives in one `Mutex` (`entries`), taken once per call.
public final class InMemoryDeadLetterStore: DeadLetterStore {
    /// The most entries the store keeps.
    public let maxEntries: Int

    /// Oldest first, the order entries were appended.
    private let entries = Mutex<[DeadLetterEntry]>([])

    /// A store holding at most `maxEntries` entries (at least 0).
    public init(maxEntries: Int = 10_000) {
        self.maxEntries = max(0, maxEntries)
    }

    /// Stores `entries` in order until the store is full; returns how many were stored.
    public func append(_ newEntries: [DeadLetterEntry]) async throws -> Int {
        entries.withLock { entries in
            var known = Set(entries.map(\.id))
            var stored = 0
            for entry in newEntries where entries.count < maxEntries && !known.contains(entry.id) {
                entries.append(entry)
                known.insert(entry.id)
                stored += 1
            }
            return stored
        }
    }

    /// Up to `limit` entries, newest first, skipping the `offset` newest.
    public func list(limit: Int, offset: Int) async throws -> [DeadLetterEntry] {
        entries.withLock { entries in
            Array(entries.reversed().dropFirst(max(0, offset)).prefix(max(0, limit)))
        }
    }

    /// The entry with this id, if it is stored.
    public func get(id: String) async throws -> DeadLetterEntry? {
        entries.withLock { entries in entries.first { $0.id == id } }
    }

    /// Removes the entry with this id; `false` when there was none.
    public func delete(id: String) async throws -> Bool {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.id == id }) else { return false }
            entries.remove(at: index)
            return true
        }
    }

    /// Removes every entry; returns how many there were.
    public func deleteAll() async throws -> Int {
        entries.withLock { entries in
            defer { entries.removeAll() }
            return entries.count
        }
    }

    /// How many entries are stored.
    public func count() async throws -> Int {
        entries.withLock { $0.count }
    }

    /// Replaces the stored entry that has `entry.id`, keeping its place; does nothing when there is none.
    public func update(_ entry: DeadLetterEntry) async throws {
        entries.withLock { entries in
            if let index = entries.firstIndex(where: { $0.id == entry.id }) {
                entries[index] = entry
            }
        }
    }
}
