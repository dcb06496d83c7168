#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last value written in each of a few slots and the bytes it became (an event's sanitized
/// JSON literal, a span's encoded attribute), for values a gateway writes request after request
/// (a path, a model or provider name): when the value is byte for byte the one remembered, the
/// writer copies the bytes instead of sanitizing and encoding it again.
///
/// Everything sits in one flat byte buffer, a fixed region per slot, and the lookup compares and
/// copies where the bytes are: a memo of `String`s and arrays retained and released them on
/// every lookup. A value or result too large for its region is not remembered (it is written
/// afresh each time). Not thread-safe: the event and span queues keep theirs under their locks.
public struct RecurringBytes: Sendable {
    /// How many slots there are.
    public static let slots = 8
    /// The largest value remembered, in UTF-8 bytes.
    public static let valueLimit = 160
    /// The largest result remembered, in bytes (a request span's six recurring attributes,
    /// ``withRemembered(bytes:tag:slot:_:)``, are about 210).
    public static let resultLimit = 288
    @usableFromInline static let slotBytes = valueLimit + resultLimit

    @usableFromInline
    struct Entry: Sendable {
        /// The caller's tag for what the result depends on besides the value (a span
        /// attribute's key); 0 when nothing.
        @usableFromInline var tag: UInt = 0
        /// -1: nothing remembered.
        @usableFromInline var valueCount = -1
        @usableFromInline var resultCount = 0

        @usableFromInline init(tag: UInt = 0, valueCount: Int = -1, resultCount: Int = 0) {
            self.tag = tag
            self.valueCount = valueCount
            self.resultCount = resultCount
        }
    }

    // Empty until the first value is remembered: a writer starts with an empty memo (no
    // allocation) and is lent its queue's.
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var entries: [Entry] = []

    public init() {}

    /// `body` on the bytes remembered for `value` and `tag` in `slot`, if that is what was
    /// remembered there; whether it was (`false` for a slot out of range). Not generic: across
    /// modules an unspecialized generic lookup cost about 800 instructions. Inlinable, so the
    /// writers' closures are inlined into it rather than called through a context.
    @inlinable
    public func withRemembered(_ value: String, tag: UInt = 0, slot: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        // A string not stored as contiguous UTF-8 (none of the gateway's) is never remembered.
        value.utf8.withContiguousStorageIfAvailable { withRemembered(bytes: UnsafeRawBufferPointer($0), tag: tag, slot: slot, body) }
            ?? false
    }

    /// ``withRemembered(_:tag:slot:_:)`` for a value given as bytes (a key composed of several
    /// values, ``remember(bytes:tag:result:slot:)``).
    @inlinable
    public func withRemembered(bytes value: UnsafeRawBufferPointer, tag: UInt = 0, slot: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard slot >= 0, slot < entries.count else { return false }
        let entry = entries[slot]
        guard entry.valueCount == value.count, entry.tag == tag else { return false }
        return storage.withUnsafeBytes { all -> Bool in
            let base = slot * Self.slotBytes
            if let left = value.baseAddress, let right = all.baseAddress, memcmp(left, right + base, value.count) != 0 { return false }
            let resultStart = base + Self.valueLimit
            body(UnsafeRawBufferPointer(rebasing: all[resultStart..<(resultStart + entry.resultCount)]))
            return true
        }
    }

    /// ``remember(_:tag:result:slot:)-(_,_,UnsafeRawBufferPointer,_)`` for a value given as bytes.
    public mutating func remember(bytes value: UnsafeRawBufferPointer, tag: UInt = 0, result: UnsafeRawBufferPointer, slot: Int) {
        guard slot >= 0, slot < Self.slots else { return }
        if entries.isEmpty {
            entries = Array(repeating: Entry(), count: Self.slots)
            storage = Array(repeating: 0, count: Self.slots * Self.slotBytes)
        }
        guard value.count <= Self.valueLimit, result.count <= Self.resultLimit else {
            entries[slot] = Entry()
            return
        }
        let base = slot * Self.slotBytes
        storage.withUnsafeMutableBytes { all in
            UnsafeMutableRawBufferPointer(rebasing: all[base..<(base + value.count)]).copyMemory(from: value)
            UnsafeMutableRawBufferPointer(rebasing: all[(base + Self.valueLimit)...]).copyMemory(from: result)
        }
        entries[slot] = Entry(tag: tag, valueCount: value.count, resultCount: result.count)
    }

    /// Remembers that `value` (with `tag`) became `result` in `slot`; forgets the slot when
    /// either is too large for it. A slot out of range is ignored.
    public mutating func remember(_ value: String, tag: UInt = 0, result: ArraySlice<UInt8>, slot: Int) {
        result.withUnsafeBytes { remember(value, tag: tag, result: $0, slot: slot) }
    }

    /// ``remember(_:tag:result:slot:)-(_,_,ArraySlice<UInt8>,_)`` for a result written somewhere
    /// other than an array (a stack stage).
    public mutating func remember(_ value: String, tag: UInt = 0, result: UnsafeRawBufferPointer, slot: Int) {
        if value.utf8.withContiguousStorageIfAvailable({ remember(bytes: UnsafeRawBufferPointer($0), tag: tag, result: result, slot: slot) }) == nil {
            Array(value.utf8).withUnsafeBytes { remember(bytes: $0, tag: tag, result: result, slot: slot) }
        }
    }
}
