import GaiCore
import GaiSSE
import NIOCore

/// Reads an upstream's SSE body one event at a time, for the stream decoders of every adapter.
///
/// It owns what they all need and must get right the same way: feeding body buffers to the
/// incremental parser, yielding the last event of a stream that ends without its blank line,
/// naming the provider on a transport failure, and refusing oversized events. What remains after
/// the last event (an error body some servers send without `data:` framing) is in
/// ``pendingText``.
public struct SSEEventReader {
    private var body: UpstreamBody.AsyncIterator
    private var parser = SSEParser()
    private var pending: [SSEEvent] = []
    private var index = 0
    private var ended = false
    /// The configured provider name, for errors.
    public let provider: String

    public init(body: UpstreamBody, provider: String) {
        self.body = body.makeAsyncIterator()
        self.provider = provider
    }

    /// The next event, or `nil` once the body has ended and every event was read.
    public mutating func next() async throws(GaiError) -> SSEEvent? {
        while true {
            if index < pending.count {
                defer { index += 1 }
                return pending[index]
            }
            if ended { return nil }
            pending.removeAll(keepingCapacity: true)
            index = 0
            let buffer: ByteBuffer?
            do {
                buffer = try await body.next()
            } catch {
                throw (error as? GaiError ?? GaiError(.network, "Reading the upstream stream failed: \(error)")).attributed(to: provider)
            }
            guard let buffer else {
                ended = true
                if let last = parser.finish() { pending = [last] }
                continue
            }
            do {
                pending = try parser.feed(buffer)
            } catch {
                throw GaiError(.providerUnavailable, "The upstream provider '\(provider)' sent a stream event that is too large", provider: provider)
            }
        }
    }

    /// Text received after the last complete event, as it arrived.
    public var pendingText: String { parser.pendingText }
}
