import GaiCore
import NIOCore
import NIOHTTP1

extension HTTPTransport {
    /// The exchange every adapter makes: send, name the provider on a transport failure, and
    /// turn a non-2xx answer into the vendor's classified error (its body read up to 1 MiB).
    public func exchange(
        _ request: consuming UpstreamRequest, provider: String,
        mapError: (_ status: Int, _ headers: HTTPHeaders, _ body: ByteBuffer) -> GaiError
    ) async throws(GaiError) -> UpstreamResponse {
        let response: UpstreamResponse
        do {
            response = try await send(request)
        } catch {
            throw error.attributed(to: provider)
        }
        guard (200..<300).contains(response.status) else {
            let body = (try? await response.body.collect(upTo: 1024 * 1024)) ?? ByteBuffer()
            throw mapError(response.status, response.headers, body)
        }
        return response
    }
}

extension UpstreamBody {
    /// Reads the whole body like ``collect(upTo:)``; a failure names `provider`.
    public func collect(upTo limit: Int, provider: String) async throws(GaiError) -> ByteBuffer {
        do {
            return try await collect(upTo: limit)
        } catch {
            throw error.attributed(to: provider)
        }
    }
}

extension NIODeadline {
    /// `timeout` from now, but never later than `limit` (the request's own deadline).
    public static func now(plus timeout: Duration, notAfter limit: NIODeadline) -> NIODeadline {
        let (seconds, attoseconds) = timeout.components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let nanoseconds = overflow ? Int64.max : product &+ attoseconds / 1_000_000_000
        let (sum, sumOverflow) = NIODeadline.now().uptimeNanoseconds.addingReportingOverflow(UInt64(max(0, nanoseconds)))
        return min(limit, sumOverflow ? .distantFuture : .uptimeNanoseconds(sum))
    }
}
