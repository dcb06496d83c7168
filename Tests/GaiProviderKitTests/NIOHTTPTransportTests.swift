import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing
@testable import GaiProviderKit

/// Round trips, keep-alive reuse and streaming against a real local server.
@Suite struct NIOHTTPTransportTests {
    @Test(arguments: [HTTPMethod.GET, .POST])
    func roundTripSendsExactlyWhatWasAsked(method: HTTPMethod) async throws {
        try await withFixture { fixture in
            let body: String? = method == .POST ? #"{"model":"m","stream":false}"# : nil
            let request = fixture.request(
                "/v1/chat/completions?a=1&b=two", method: method,
                headers: ["x-test": "yes", "authorization": "Bearer k"], body: body)
            let response = try await fixture.fetch(request)

            #expect(response.status == 200)
            #expect(response.headers["x-server"] == ["scripted"])
            #expect(response.body == "echo:" + (body ?? ""))
            let received = try #require(fixture.server.events.requests.first)
            #expect(received.method == method)
            #expect(received.uri == "/v1/chat/completions?a=1&b=two")
            #expect(received.headers["host"] == ["127.0.0.1:\(fixture.server.port)"])
            #expect(received.headers["x-test"] == ["yes"])
            #expect(received.headers["authorization"] == ["Bearer k"])
            #expect(received.headers["transfer-encoding"].isEmpty)
            #expect(received.headers["content-length"] == (body.map { [String($0.utf8.count)] } ?? []))
            #expect(received.body == (body ?? ""))
        }
    }

    @Test func sequentialRequestsReuseOneKeepAliveConnection() async throws {
        try await withFixture { fixture in
            for index in 0..<20 {
                let response = try await fixture.fetch(fixture.request("/fixed", method: .POST, body: "\(index)"))
                #expect(response.body == "echo:\(index)")
            }
            #expect(fixture.server.events.accepted == 1)
            #expect(fixture.server.events.requests.count == 20)
        }
    }

    @Test(arguments: ["/close", "/http10", "/http10-eof"])
    func responsesThatForbidKeepAliveAreNotReused(path: String) async throws {
        try await withFixture { fixture in
            for _ in 0..<3 {
                let response = try await fixture.fetch(fixture.request(path))
                #expect(response.status == 200)
                #expect(response.body == "echo:")
            }
            #expect(fixture.server.events.accepted == 3)
        }
    }

    @Test func streamedPartsArriveOneByOneBeforeTheResponseEnds() async throws {
        try await withFixture { fixture in
            var streams = fixture.server.streams.makeAsyncIterator()
            let response = try await fixture.transport.send(fixture.request("/stream"))
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == ["text/event-stream"])
            let stream = try #require(await streams.next())

            var parts = response.body.makeAsyncIterator()
            for index in 1...5 {
                // The server sends part N only after the client got part N-1.
                try await stream.send("data: part \(index)\n\n")
                let part = try #require(try await parts.next())
                #expect(String(buffer: part) == "data: part \(index)\n\n")
            }
            try await stream.end()
            #expect(try await parts.next() == nil)

            // Read to the end, so the connection went back to the pool.
            _ = try await fixture.fetch(fixture.request("/fixed"))
            #expect(fixture.server.events.accepted == 1)
        }
    }

    @Test func concurrentRequestsAllSucceed() async throws {
        try await withFixture { fixture in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        let response = try await fixture.fetch(fixture.request("/fixed?i=\(index)", method: .POST, body: "n\(index)"))
                        #expect(response.status == 200)
                        #expect(response.body == "echo:n\(index)")
                    }
                }
                try await group.waitForAll()
            }
            #expect(fixture.server.events.requests.count == 50)
            #expect(fixture.server.events.accepted <= 50)
        }
    }

    @Test func headResponseEndsWithoutBodyAndKeepsTheConnection() async throws {
        try await withFixture { fixture in
            let head = try await fixture.fetch(fixture.request("/fixed", method: .HEAD))
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == ["5"])
            let get = try await fixture.fetch(fixture.request("/fixed"))
            #expect(get.body == "echo:")
            #expect(fixture.server.events.accepted == 1)
        }
    }

    @Test func idleConnectionsCloseAfterTheIdleTimeout() async throws {
        try await withFixture(.init(idleTimeout: .milliseconds(50))) { fixture in
            _ = try await fixture.fetch(fixture.request("/fixed"))
            try await fixture.waitUntil { $0.closed == 1 }
        }
    }

    @Test func idleConnectionsBeyondTheLimitAreClosed() async throws {
        try await withFixture(.init(maxIdleConnectionsPerHost: 1)) { fixture in
            // Two streams at once need two connections; only one may stay idle afterwards.
            var streams = fixture.server.streams.makeAsyncIterator()
            let first = try await fixture.transport.send(fixture.request("/stream"))
            let second = try await fixture.transport.send(fixture.request("/stream"))
            for _ in 0..<2 {
                try await #require(await streams.next()).end()
            }
            _ = await drain(first.body)
            _ = await drain(second.body)
            try await fixture.waitUntil { $0.accepted == 2 && $0.closed == 1 }
        }
    }

    @Test func shutdownClosesPooledConnectionsAndRefusesNewRequests() async throws {
        try await withFixture { fixture in
            _ = try await fixture.fetch(fixture.request("/fixed"))
            await fixture.transport.shutdown()
            try await fixture.waitUntil { $0.closed == 1 }
            let error = await #expect(throws: GaiError.self) {
                _ = try await fixture.transport.send(fixture.request("/fixed"))
            }
            #expect(error?.code == .network)
        }
    }

    @Test func shutdownFailsAStreamInFlight() async throws {
        try await withFixture { fixture in
            var streams = fixture.server.streams.makeAsyncIterator()
            let response = try await fixture.transport.send(fixture.request("/stream"))
            try await #require(await streams.next()).send("before")
            var parts = response.body.makeAsyncIterator()
            #expect(try await parts.next().map { String(buffer: $0) } == "before")
            await fixture.transport.shutdown()
            let error = await #expect(throws: GaiError.self) { _ = try await parts.next() }
            #expect(error?.message == "The upstream transport was shut down")
            try await fixture.waitUntil { $0.closed == 1 }
        }
    }

    @Test func sendUsesThePoolOfTheLoopItRunsOn() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let transport = NIOHTTPTransport(eventLoopGroup: group, configuration: .init())
        for loop in group.makeIterator() {
            let sameLoop = try await loop.submit { transport.selectPool()?.eventLoop === loop }.get()
            #expect(sameLoop)
        }
        #expect(transport.selectPool() != nil)
        await transport.shutdown()
        try await group.shutdownGracefully()
    }
}
