import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing
@testable import GaiProviderKit

/// Failures, deadlines, cancellation and stale keep-alive connections.
@Suite struct NIOHTTPTransportFailureTests {
    @Test func closeMidBodyDeliversReceivedPartsThenNetworkError() async throws {
        try await withFixture { fixture in
            var streams = fixture.server.streams.makeAsyncIterator()
            let response = try await fixture.transport.send(fixture.request("/stream"))
            let stream = try #require(await streams.next())
            try await stream.send("part one;")
            try await stream.send("part two;")
            try await stream.close()
            try await fixture.waitUntil { $0.closed == 1 }

            let (parts, error) = await drain(response.body)
            #expect(parts.joined() == "part one;part two;")
            #expect(error?.code == .network)
            #expect(error?.message.contains("before the response ended") == true)
        }
    }

    @Test func deadlineBeforeTheHeadIsATimeout() async throws {
        try await withFixture { fixture in
            let error = await #expect(throws: GaiError.self) {
                _ = try await fixture.transport.send(fixture.request("/never", deadline: .milliseconds(200)))
            }
            #expect(error?.code == .timeout)
            try await fixture.waitUntil { $0.closed == 1 }
        }
    }

    @Test func deadlineMidBodyDeliversPartsThenTimeout() async throws {
        try await withFixture { fixture in
            var streams = fixture.server.streams.makeAsyncIterator()
            let response = try await fixture.transport.send(fixture.request("/stream", deadline: .seconds(1)))
            try await #require(await streams.next()).send("early")
            let (parts, error) = await drain(response.body)
            #expect(parts == ["early"])
            #expect(error?.code == .timeout)
            try await fixture.waitUntil { $0.closed == 1 }
        }
    }

    @Test func connectionRefusedIsANetworkError() async throws {
        let port = try await unusedPort()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let transport = NIOHTTPTransport(eventLoopGroup: group, configuration: .init())
        let error = await #expect(throws: GaiError.self) {
            _ = try await transport.send(UpstreamRequest(method: .GET, url: "http://127.0.0.1:\(port)/", deadline: .now() + .seconds(10)))
        }
        #expect(error?.code == .network)
        #expect(error?.message.contains("Connecting to the upstream at 127.0.0.1:\(port)") == true)
        await transport.shutdown()
        try await group.shutdownGracefully()
    }

    enum EarlyStop: String, CaseIterable {
        case dropIterator, cancelTask
    }

    @Test(arguments: EarlyStop.allCases)
    func consumerStoppingEarlyClosesTheUpstreamConnection(how: EarlyStop) async throws {
        try await withFixture { fixture in
            var streams = fixture.server.streams.makeAsyncIterator()
            let response = try await fixture.transport.send(fixture.request("/stream"))
            let stream = try #require(await streams.next())
            try await stream.send("first")

            switch how {
            case .dropIterator:
                var parts = response.body.makeAsyncIterator()
                let first = try await parts.next()
                #expect(first.map { String(buffer: $0) } == "first")
            case .cancelTask:
                let (gotFirst, signal) = AsyncStream.makeStream(of: Void.self)
                let reader = Task {
                    for try await _ in response.body {
                        signal.yield()
                    }
                }
                for await _ in gotFirst { break }
                reader.cancel()
                let error = await #expect(throws: GaiError.self) { try await reader.value }
                #expect(error?.code == .network)
            }
            // The server sees the upstream request cancelled, and the next request needs a new connection.
            try await fixture.waitUntil { $0.closed == 1 }
            let next = try await fixture.fetch(fixture.request("/fixed"))
            #expect(next.status == 200)
            #expect(fixture.server.events.accepted == 2)
        }
    }

    @Test func cancellingSendBeforeTheHeadClosesTheConnection() async throws {
        try await withFixture { fixture in
            let sender = Task { try await fixture.transport.send(fixture.request("/never")) }
            try await fixture.waitUntil { $0.requests.count == 1 }
            sender.cancel()
            let error = await #expect(throws: GaiError.self) { _ = try await sender.value }
            #expect(error?.code == .network)
            try await fixture.waitUntil { $0.closed == 1 }
        }
    }

    @Test func staleConnectionClosedAsTheRequestArrivesIsRetriedTransparently() async throws {
        try await withFixture { fixture in
            _ = try await fixture.fetch(fixture.request("/drop-reused"))
            // The pooled connection is dropped by the server on receipt: retried on a fresh one.
            let second = try await fixture.fetch(fixture.request("/drop-reused", method: .POST, body: "again"))
            #expect(second.status == 200)
            #expect(second.body == "echo:again")
            #expect(fixture.server.events.accepted == 2)
            #expect(fixture.server.events.requests.count == 3)
        }
    }

    @Test func idleConnectionClosedByTheServerIsNotUsedAgain() async throws {
        try await withFixture { fixture in
            _ = try await fixture.fetch(fixture.request("/then-close"))
            try await fixture.waitUntil { $0.closed == 1 }
            let next = try await fixture.fetch(fixture.request("/fixed"))
            #expect(next.status == 200)
            #expect(fixture.server.events.accepted == 2)
        }
    }

    @Test func freshConnectionClosedWithoutAnswerIsNotRetried() async throws {
        try await withFixture { fixture in
            let sender = Task { try await fixture.transport.send(fixture.request("/never")) }
            try await fixture.waitUntil { $0.requests.count == 1 }
            try await fixture.server.closeAllConnections()
            let error = await #expect(throws: GaiError.self) { _ = try await sender.value }
            #expect(error?.code == .network)
            #expect(error?.message.contains("before sending a response") == true)
            #expect(fixture.server.events.accepted == 1)
        }
    }

    @Test func requestThatCannotBeEncodedFailsAtOnce() async throws {
        try await withFixture { fixture in
            let error = await #expect(throws: GaiError.self) {
                _ = try await fixture.transport.send(fixture.request("/fixed", headers: ["x-bad": "a\r\nb"]))
            }
            #expect(error?.code == .network)
            #expect(error?.message.contains("Writing the request") == true, "\(String(describing: error))")
        }
    }

    @Test func deadlineAlreadyPassedIsATimeoutWithoutSending() async throws {
        try await withFixture { fixture in
            let error = await #expect(throws: GaiError.self) {
                _ = try await fixture.transport.send(fixture.request("/fixed", deadline: .zero))
            }
            #expect(error?.code == .timeout)
            #expect(fixture.server.events.requests.isEmpty)
        }
    }

    @Test(arguments: ["https://api.openai.com/v1/models", "ftp://h/x", "http://", "http://h:99999/", "http://[::1/x"])
    func urlsItCannotServeAreRejected(url: String) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let transport = NIOHTTPTransport(eventLoopGroup: group, configuration: .init())
        let error = await #expect(throws: GaiError.self) {
            _ = try await transport.send(UpstreamRequest(method: .GET, url: url, deadline: .now() + .seconds(5)))
        }
        #expect(error?.code == .internal)
        try await group.shutdownGracefully()
    }
}
