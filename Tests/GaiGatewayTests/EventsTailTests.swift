import Foundation
import GaiCore
import GaiMock
import GaiRouting
import GaiTelemetry
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdTesting
import Logging
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import GaiGateway

/// `GET /admin/events`: the live tail of observability events.
@Suite struct EventsTailTests {
    static let adminKey = "admin-tail-0123456789"
    static let admin: HTTPFields = [.authorization: "Bearer \(adminKey)"]

    /// A gateway serving `mock-echo` from the built-in mock, with the admin API on.
    func gateway(events: EventPipeline?, adminKey: String? = Self.adminKey) -> Gateway {
        let mock = MockProvider(configuration: .init(name: "mock", streamDelay: .zero))
        let registry = ModelRegistry(
            routes: [ModelRoute(name: "mock-echo", deployments: [Deployment(provider: "mock", model: "echo")], policy: GatewayFixture.singleAttempt)],
            providerNames: ["mock"], defaultPolicy: GatewayFixture.singleAttempt)
        return Gateway(
            configuration: GatewayConfiguration(adminKey: adminKey), modelRouter: ModelRouter(registry: registry, providers: [mock]),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), events: events)
    }

    func application(_ gateway: Gateway) -> some ApplicationProtocol {
        Application(router: gateway.makeRouter(), server: Gateway.httpServer(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    static let chat = #"{"model":"mock-echo","messages":[{"role":"user","content":"hi"}]}"#

    @Test("no key or a wrong key is 401, a gateway without an admin key is 403, events off is 404")
    func refusals() async throws {
        let events = EventPipeline(sink: DiscardingSink())
        try await application(gateway(events: events)).test(.router) { client in
            try await client.execute(uri: "/admin/events", method: .get) { response in
                #expect(response.status == .unauthorized)
                let error = try response.errorObject()
                #expect(error["code"] as? String == "unauthorized")
            }
            try await client.execute(uri: "/admin/events", method: .get, headers: [.authorization: "Bearer nope"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
        try await application(gateway(events: events, adminKey: nil)).test(.router) { client in
            try await client.execute(uri: "/admin/events", method: .get, headers: Self.admin) { response in
                #expect(response.status == .forbidden)
            }
        }
        try await application(gateway(events: nil)).test(.router) { client in
            try await client.execute(uri: "/admin/events", method: .get, headers: Self.admin) { response in
                #expect(response.status == .notFound)
                let error = try response.errorObject()
                #expect(error["message"] as? String == "Observability events are disabled (events.sink: none), so there is nothing to tail.")
            }
        }
        #expect(events.subscriberCount == 0, "a refused tail never subscribes")
    }

    @Test("an unknown type is a 400 invalid_request_error that lists the known types", arguments: ["bogus", "response_completed,bogus", "RESPONSE_COMPLETED"])
    func unknownType(type: String) async throws {
        try await application(gateway(events: EventPipeline(sink: DiscardingSink()))).test(.router) { client in
            try await client.execute(uri: "/admin/events?type=\(type)", method: .get, headers: Self.admin) { response in
                #expect(response.status == .badRequest)
                let error = try response.errorObject()
                #expect(error["type"] as? String == "invalid_request_error")
                #expect(error["code"] as? String == "invalid_request")
                #expect(error["param"] as? String == "type")
                let message = try #require(error["message"] as? String)
                #expect(message.contains("Unknown event type"))
                for known in ObservabilityEventType.allCases { #expect(message.contains(known.rawValue)) }
            }
        }
    }

    @Test("the filter: types comma-separated and repeated, request_id matching the correlation id; empty means everything")
    func filterParsing() throws {
        let uri = URI("/admin/events?type=response_completed,%20error_occurred&type=attempt_failed&request_id=req-1")
        let filter = try Gateway.eventFilter(uri.queryParameters)
        #expect(filter.types == Set<ObservabilityEventType>([.responseCompleted, .errorOccurred, .attemptFailed]))
        #expect(filter.correlationID == "req-1")
        let everything = try Gateway.eventFilter(URI("/admin/events?type=&request_id=").queryParameters)
        #expect(everything.types == nil)
        #expect(everything.correlationID == nil)
    }

    @Test("a request's events arrive filtered, as `event: <type>` and `data: <line>`; the tail ends when the pipeline stops")
    func filteredDelivery() async throws {
        let events = EventPipeline(sink: DiscardingSink())
        let gateway = gateway(events: events)
        let run = Task { await events.run() }
        try await application(gateway).test(.router) { client in
            async let tail = client.execute(
                uri: "/admin/events?type=response_completed,error_occurred&request_id=req-wanted", method: .get, headers: Self.admin
            ) { $0 }
            try await waitUntil { events.subscriberCount == 1 }
            for (id, model) in [("req-other", "mock-echo"), ("req-wanted", "mock-echo"), ("req-wanted", "no-such-model")] {
                try await client.execute(
                    uri: "/v1/chat/completions", method: .post, headers: [.contentType: "application/json", .init("x-request-id")!: id],
                    body: ByteBuffer(string: Self.chat.replacingOccurrences(of: "mock-echo", with: model))
                ) { _ in }
            }
            events.shutdown()
            let response = try await tail
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.headers[.cacheControl] == "no-cache")
            let frames = response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            #expect(frames.first == ": connected")
            let received = try frames.dropFirst().map { frame -> (name: String, event: [String: Any]) in
                let lines = frame.split(separator: "\n")
                #expect(lines.count == 2)
                let name = try #require(lines.first { $0.hasPrefix("event: ") }).dropFirst(7)
                let data = try #require(lines.first { $0.hasPrefix("data: ") }).dropFirst(6)
                let event = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
                return (String(name), event)
            }
            #expect(received.map(\.name) == ["response_completed", "error_occurred", "response_completed"])
            #expect(received.map { $0.event["type"] as? String } == received.map(\.name))
            #expect(received.allSatisfy { $0.event["correlation_id"] as? String == "req-wanted" })
        }
        await run.value
        #expect(events.subscriberCount == 0)
    }

    @Test("a client that disconnects ends its tail at once: the subscriber is removed")
    func disconnectRemovesTheSubscriber() async throws {
        let events = EventPipeline(sink: DiscardingSink())
        try await application(gateway(events: events)).test(.live) { client in
            let port = try #require(client.port)
            let raw = TestClient(host: "127.0.0.1", port: port)
            raw.connect()
            try await raw.executeAndDontWaitForResponse(.init("/admin/events", method: .get, headers: Self.admin))
            try await waitUntil { events.subscriberCount == 1 }
            try await raw.shutdown()
            try await waitUntil { events.subscriberCount == 0 }
            // The server is unharmed: another tail opens.
            try await client.execute(uri: "/admin/events?type=bogus", method: .get, headers: Self.admin) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("a heartbeat comment goes out every interval, between events")
    func heartbeat() async throws {
        let (subscription, feed) = AsyncStream.makeStream(of: EncodedEvent.self)
        let closed = MultiThreadedEventLoopGroup.singleton.any().makePromise(of: Void.self)
        let writer = CollectingWriter()
        let task = Task {
            var body: any ResponseBodyWriter = writer
            return try await Gateway.writeTail(subscription, closed: closed.futureResult, heartbeat: .milliseconds(20), writer: &body)
        }
        try await waitUntil { writer.text.components(separatedBy: ": keep-alive\n\n").count > 3 }
        let event = ObservabilityEvent(type: .cacheHit, timestamp: 1, correlationID: "r", spanID: "s")
        feed.yield(EncodedEvent(event: event, line: #"{"type":"cache_hit"}"#))
        try await waitUntil { writer.text.contains("event: cache_hit\ndata: {\"type\":\"cache_hit\"}\n\n") }
        closed.succeed()
        #expect(try await task.value == .clientGone)
        #expect(writer.text.hasPrefix(": connected\n\n: keep-alive\n\n"))
        feed.finish()
    }

    @Test("the tail ends with the pipeline's subscription")
    func endsWithTheSubscription() async throws {
        let (subscription, feed) = AsyncStream.makeStream(of: EncodedEvent.self)
        let closed = MultiThreadedEventLoopGroup.singleton.any().makePromise(of: Void.self)
        var body: any ResponseBodyWriter = CollectingWriter()
        feed.finish()
        #expect(try await Gateway.writeTail(subscription, closed: closed.futureResult, heartbeat: .seconds(60), writer: &body) == .pipelineStopped)
        closed.succeed()
    }

    /// Polls `condition` every 10 ms for up to 5 s.
    func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while !condition() {
            try #require(ContinuousClock.now < deadline, "timed out")
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}

/// A sink that keeps nothing.
struct DiscardingSink: EventSink {
    func write(_ events: [EncodedEvent]) async throws {}
}

/// A response body writer that keeps what is written.
final class CollectingWriter: ResponseBodyWriter, Sendable {
    private let buffer = Mutex(ByteBuffer())

    var text: String { buffer.withLock { String(buffer: $0) } }

    func write(_ buffer: ByteBuffer) async throws {
        self.buffer.withLock { _ = $0.writeImmutableBuffer(buffer) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
