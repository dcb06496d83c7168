import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import GaiProviderKit

struct TestTimeout: Error, CustomStringConvertible {
    var description: String { "The test did not finish within its safety-net timeout" }
}

/// Runs `body`, failing with ``TestTimeout`` past `seconds`: a safety net, never a synchronisation.
func withTimeout<T: Sendable>(
    seconds: Double = 20, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw TestTimeout()
        }
        defer { group.cancelAll() }
        guard let result = try await group.next() else { throw TestTimeout() }
        return result
    }
}

/// A scripted server, a one-loop client group (so "one connection" means one pool) and the transport.
struct Fixture: Sendable {
    let server: TestHTTPServer
    let group: MultiThreadedEventLoopGroup
    let transport: NIOHTTPTransport

    func request(
        _ pathAndQuery: String, method: HTTPMethod = .GET, headers: HTTPHeaders = [:],
        body: String? = nil, deadline: TimeAmount = .seconds(15)
    ) -> UpstreamRequest {
        UpstreamRequest(
            method: method, url: server.url(pathAndQuery), headers: headers,
            body: body.map { ByteBuffer(string: $0) }, deadline: .now() + deadline)
    }

    /// Sends `request` and reads the whole body.
    func fetch(_ request: UpstreamRequest) async throws -> (status: Int, headers: HTTPHeaders, body: String) {
        let response = try await transport.send(request)
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status, response.headers, String(buffer: body))
    }

    func waitUntil(_ condition: @escaping @Sendable (ServerEvents) -> Bool) async throws {
        try await server.waitUntil(condition)
    }
}

func withFixture(
    _ configuration: NIOHTTPTransport.Configuration = .init(),
    _ body: @escaping @Sendable (Fixture) async throws -> Void
) async throws {
    let server = try await TestHTTPServer.start()
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let fixture = Fixture(server: server, group: group, transport: NIOHTTPTransport(eventLoopGroup: group, configuration: configuration))
    let outcome: Result<Void, any Error>
    do {
        try await withTimeout { try await body(fixture) }
        outcome = .success(())
    } catch {
        outcome = .failure(error)
    }
    await fixture.transport.shutdown()
    try await server.stop()
    try await group.shutdownGracefully()
    try outcome.get()
}

/// Reads a body until it ends or fails, keeping the parts received before a failure.
func drain(_ body: UpstreamBody) async -> (parts: [String], error: GaiError?) {
    var parts: [String] = []
    do {
        for try await part in body {
            parts.append(String(buffer: part))
        }
        return (parts, nil)
    } catch {
        return (parts, error as? GaiError)
    }
}

/// A port nothing listens on: bound, then released.
func unusedPort() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .bind(host: "127.0.0.1", port: 0).get()
    let port = channel.localAddress?.port ?? 1
    try await channel.close()
    return port
}
