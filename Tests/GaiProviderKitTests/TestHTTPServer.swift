import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A request as the test server received it.
struct RecordedRequest: Sendable {
    var method: HTTPMethod
    var uri: String
    var headers: HTTPHeaders
    var body: String
}

/// What the test server has seen so far.
struct ServerEvents: Sendable {
    var accepted = 0
    var closed = 0
    var requests: [RecordedRequest] = []
}

/// Drives one streaming (chunked) response from the test: each part is sent when the test says so.
struct StreamHandle: Sendable {
    let channel: any Channel

    func send(_ text: String) async throws {
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: text))))
    }

    func end() async throws {
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil))
    }

    /// Closes the socket without ending the response.
    func close() async throws {
        try await channel.close()
    }
}

/// A real HTTP/1.1 server on 127.0.0.1 (NIOPosix + NIOHTTP1) whose behaviour is chosen by path:
///
/// - `/stream`: a chunked response head, then parts as the test sends them (``streams``).
/// - `/close`: a fixed body with `Connection: close`, then closes.
/// - `/http10`: an HTTP/1.0 response (not keep-alive), then closes.
/// - `/http10-eof`: an HTTP/1.0 response without a length, ended by closing the connection.
/// - `/then-close`: a fixed keep-alive response, then closes anyway (a server-side idle close).
/// - `/drop-reused`: closes without answering when the connection already served a request.
/// - `/never`: never answers.
/// - anything else: `200`, `x-server: scripted`, body `echo:` + the request body, with `content-length`.
final class TestHTTPServer: Sendable {
    private struct State {
        var events = ServerEvents()
        var children: [any Channel] = []
        var nextWaiterID = 0
        var waiters: [Int: (condition: @Sendable (ServerEvents) -> Bool, continuation: CheckedContinuation<Void, any Error>)] = [:]
    }

    private let state = Mutex(State())
    private let channel: any Channel
    private let streamContinuation: AsyncStream<StreamHandle>.Continuation
    /// Each `/stream` request's handle, once its head was sent.
    let streams: AsyncStream<StreamHandle>
    let port: Int

    private init(channel: any Channel, port: Int, streams: AsyncStream<StreamHandle>, continuation: AsyncStream<StreamHandle>.Continuation) {
        self.channel = channel
        self.port = port
        self.streams = streams
        self.streamContinuation = continuation
    }

    static func start(group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws -> TestHTTPServer {
        let (streams, continuation) = AsyncStream.makeStream(of: StreamHandle.self)
        let box = ServerBox()
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    guard let server = box.server.withLock({ $0 }) else { throw ChannelError.ioOnClosedChannel }
                    server.accepted(child)
                    try child.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try child.pipeline.syncOperations.addHandler(ScriptedHandler(server: server))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        let server = TestHTTPServer(channel: channel, port: port, streams: streams, continuation: continuation)
        box.server.withLock { $0 = server }
        return server
    }

    func url(_ pathAndQuery: String) -> String { "http://127.0.0.1:\(port)\(pathAndQuery)" }

    var events: ServerEvents { state.withLock { $0.events } }

    /// Waits, without polling, until `condition` holds for the server's events.
    func waitUntil(_ condition: @escaping @Sendable (ServerEvents) -> Bool) async throws {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    if condition(state.events) { return .success(()) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[id] = (condition, continuation)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Closes every accepted connection (without answering what is pending on them).
    func closeAllConnections() async throws {
        let children = state.withLock { $0.children }
        for child in children {
            try? await child.close()
        }
    }

    func stop() async throws {
        try await closeAllConnections()
        try await channel.close()
        streamContinuation.finish()
    }

    // MARK: - Called by the server's channels

    fileprivate func accepted(_ child: any Channel) {
        update { state in
            state.events.accepted += 1
            state.children.append(child)
        }
        child.closeFuture.whenComplete { _ in
            self.update { $0.events.closed += 1 }
        }
    }

    fileprivate func record(_ request: RecordedRequest) {
        update { $0.events.requests.append(request) }
    }

    fileprivate func streamStarted(_ handle: StreamHandle) {
        streamContinuation.yield(handle)
    }

    private func update(_ change: (inout State) -> Void) {
        let ready = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            change(&state)
            let due = state.waiters.filter { $0.value.condition(state.events) }
            for id in due.keys { state.waiters[id] = nil }
            return due.values.map(\.continuation)
        }
        for continuation in ready {
            continuation.resume()
        }
    }
}

/// Lets the child initializer reach the server object created after `bind`.
private final class ServerBox: Sendable {
    let server = Mutex<TestHTTPServer?>(nil)
}

private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: TestHTTPServer
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var answered = 0

    init(server: TestHTTPServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
        case .body(var part):
            body.writeBuffer(&part)
        case .end:
            guard let head else { return }
            let text = String(buffer: body)
            server.record(RecordedRequest(method: head.method, uri: head.uri, headers: head.headers, body: text))
            respond(context: context, head: head, body: text)
            answered += 1
        }
    }

    private func respond(context: ChannelHandlerContext, head: HTTPRequestHead, body: String) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        let channel = context.channel
        switch path {
        case "/never":
            return
        case "/stream":
            let responseHead = HTTPResponseHead(version: .http1_1, status: .ok, headers: ["content-type": "text/event-stream"])
            context.writeAndFlush(wrapOutboundOut(.head(responseHead)), promise: nil)
            server.streamStarted(StreamHandle(channel: channel))
        case "/drop-reused" where answered > 0:
            context.close(promise: nil)
        case "/close":
            writeFixed(context: context, head: head, body: body, headers: ["connection": "close"])
                .whenComplete { _ in channel.close(promise: nil) }
        case "/http10":
            writeFixed(context: context, head: head, body: body, version: .http1_0)
                .whenComplete { _ in channel.close(promise: nil) }
        case "/http10-eof":
            // No length: the body ends when the connection closes.
            let responseHead = HTTPResponseHead(version: .http1_0, status: .ok, headers: ["x-server": "scripted"])
            context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "echo:" + body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)))
                .whenComplete { _ in channel.close(promise: nil) }
        case "/then-close":
            writeFixed(context: context, head: head, body: body)
                .whenComplete { _ in channel.close(promise: nil) }
        default:
            _ = writeFixed(context: context, head: head, body: body)
        }
    }

    private func writeFixed(
        context: ChannelHandlerContext, head: HTTPRequestHead, body: String,
        headers extra: HTTPHeaders = [:], version: HTTPVersion = .http1_1
    ) -> EventLoopFuture<Void> {
        let payload = ByteBuffer(string: "echo:" + body)
        var headers: HTTPHeaders = ["x-server": "scripted", "content-length": String(payload.readableBytes)]
        headers.add(contentsOf: extra)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: version, status: .ok, headers: headers))), promise: nil)
        if head.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(payload))), promise: nil)
        }
        return context.writeAndFlush(wrapOutboundOut(.end(nil)))
    }
}
