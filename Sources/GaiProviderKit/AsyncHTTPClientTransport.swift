import AsyncHTTPClient
import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix

/// ``HTTPTransport`` over one shared, pooled AsyncHTTPClient, tuned for a pass-through proxy:
/// a pool large enough for the gateway's concurrency, no decompression, no redirects, HTTP/1.
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// Pool and timeout settings.
    public struct Configuration: Sendable {
        /// Keep-alive connections per upstream host (AsyncHTTPClient's default of 8 throttles a proxy).
        public var connectionsPerHost: Int = 1024
        public var connectTimeout: TimeAmount = .seconds(10)
        public var idleTimeout: TimeAmount = .seconds(60)
        public init() {}
    }

    private let client: HTTPClient

    public init(configuration: Configuration = Configuration(), eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        var config = HTTPClient.Configuration()
        config.connectionPool = .init(
            idleTimeout: configuration.idleTimeout,
            concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.connectionsPerHost)
        config.decompression = .disabled
        config.redirectConfiguration = .disallow
        config.httpVersion = .http1Only
        config.timeout = .init(connect: configuration.connectTimeout)
        self.client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: config)
    }

    public func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        var outbound = HTTPClientRequest(url: request.url)
        outbound.method = request.method
        outbound.headers = request.effectiveHeaders
        if let body = request.body {
            outbound.body = .bytes(body)
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outbound, deadline: request.deadline)
        } catch {
            throw Self.classify(error)
        }
        return UpstreamResponse(
            status: Int(response.status.code),
            headers: response.headers,
            body: UpstreamBody(response.body, classify: Self.classify))
    }

    /// Closes every pooled connection; call once at shutdown.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Transport failures: deadlines are `timeout`, everything else (refused, reset, TLS, DNS) `network`.
    static func classify(_ error: any Error) -> GaiError {
        if let error = error as? GaiError { return error }
        if error is CancellationError {
            return GaiError(.network, "The upstream request was cancelled", isTransient: false)
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return GaiError(.timeout, "The upstream did not answer in time", underlying: [error])
            case .connectTimeout:
                return GaiError(.network, "Connecting to the upstream timed out", underlying: [error])
            case .remoteConnectionClosed:
                return GaiError(.network, "The upstream closed the connection", underlying: [error])
            case .cancelled:
                return GaiError(.network, "The upstream request was cancelled", isTransient: false, underlying: [error])
            default:
                return GaiError(.network, "Upstream connection failed: \(clientError)", underlying: [error])
            }
        }
        return GaiError(.network, "Upstream connection failed: \(error)", underlying: [error])
    }
}
