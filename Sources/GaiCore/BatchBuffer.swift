import Synchronization

/// A bounded buffer between many producers on the request path and one background consumer that
/// takes everything in batches (the event writer, the span exporter).
///
/// - ``append(_:)`` never blocks: past ``capacity`` the element is dropped and counted.
/// - Only the first element after a ``takeAll()`` wakes the consumer (``arrivals``), so a busy
///   gateway pays one wake-up per batch, not one per element.
///
/// Thread safety: the elements and counters sit in one `Mutex`, held only to append or take.
public final class BatchBuffer<Element: Sendable>: Sendable {
    public let capacity: Int

    // Inlinable (with its storage), like `BoundedMemo`: called from other modules on the hot
    // path, it would otherwise run unspecialized.
    @usableFromInline struct State {
        @usableFromInline var elements: [Element] = []
        @usableFromInline var dropped = 0
        @usableFromInline var accepted = 0

        @inlinable init() {}
    }

    @usableFromInline let state = Mutex(State())
    @usableFromInline let signal = ArrivalSignal()

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Appends `element`, or drops and counts it when the buffer is full. `false` when dropped.
    @discardableResult
    @inlinable
    public func append(_ element: Element) -> Bool {
        let outcome = state.withLock { state -> (kept: Bool, first: Bool) in
            guard state.elements.count < capacity else {
                state.dropped += 1
                return (false, false)
            }
            state.elements.append(element)
            state.accepted += 1
            return (true, state.elements.count == 1)
        }
        if outcome.first { signal.signal() }
        return outcome.kept
    }

    /// Everything waiting, oldest first; the buffer is left empty.
    @inlinable
    public func takeAll() -> [Element] {
        state.withLock { state in
            defer { state.elements.removeAll(keepingCapacity: true) }
            return state.elements
        }
    }

    /// Yields when elements arrived after the last ``takeAll()``; ends after ``finish()``.
    /// For the one consumer only.
    public var arrivals: AsyncStream<Void> { signal.arrivals }

    /// Wakes the consumer now (a flush).
    public func wake() { signal.signal() }

    /// Ends ``arrivals`` (shutdown); what is buffered can still be taken.
    public func finish() { signal.finish() }

    /// Elements waiting now.
    public var count: Int { state.withLock { $0.elements.count } }
    /// Elements dropped because the buffer was full.
    public var droppedCount: Int { state.withLock { $0.dropped } }
    /// Elements accepted so far.
    public var acceptedCount: Int { state.withLock { $0.accepted } }
}

/// Wakes one consumer when work arrives. Signals coalesce (at most one waits), so a producer can
/// signal on the first item after each take without queueing wake-ups; shared by the batch
/// buffers (``BatchBuffer``, the tracer's span queue).
public struct ArrivalSignal: Sendable {
    /// One element per wake-up; ends with ``finish()``.
    public let arrivals: AsyncStream<Void>
    @usableFromInline let continuation: AsyncStream<Void>.Continuation

    public init() {
        (arrivals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    @inlinable
    public func signal() { continuation.yield() }

    public func finish() { continuation.finish() }
}
