import AsyncAlgorithms
import Foundation
import GaiCore
import GaiTelemetry
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `GET /admin/events`: the live tail of observability events as Server-Sent Events.
///
/// Each event is `event: <type>` and `data: <the JSON line the sink gets>`. Query parameters
/// narrow the feed: `type` (comma-separated and/or repeated) and `request_id` (the events'
/// `correlation_id`). A comment line (`: keep-alive`) goes out every 15 s, so proxies
/// and load balancers that close idle connections keep the tail open.
///
/// The tail is best effort, like the pipeline it reads: a reader slower than the events loses
/// the oldest (counted by the pipeline), it never slows a request. It ends when the client
/// disconnects (the subscription is removed at once), when the server shuts down, or when the
/// pipeline stops.
extension Gateway {
    /// How long a tail stays silent before it sends `: keep-alive`.
    static let eventTailHeartbeat: Duration = .seconds(15)

    func tailEvents(_ request: Request, context: GatewayRequestContext) throws -> Response {
        try requireAdmin(request)
        guard let events else {
            throw GaiError(.notFound, "Observability events are disabled (events.sink: none), so there is nothing to tail.")
        }
        let filter = try Self.eventFilter(request.uri.queryParameters)
        let closed = context.channel.closeFuture
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        headers[.accelBuffering] = "no"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let subscription = events.subscribe(filter)
            let ending = try await Self.writeTail(subscription, closed: closed, heartbeat: Self.eventTailHeartbeat, writer: &writer)
            // Like a stream whose client left: nothing more can be written, and it is no error.
            if ending == .clientGone { throw CancellationError() }
            try await writer.finish(nil)
        })
    }

    /// The filter the query asks for; an unknown type is a 400 that lists the known ones.
    static func eventFilter(_ parameters: Parameters) throws(GaiError) -> EventPipeline.Filter {
        var types: Set<ObservabilityEventType> = []
        for value in parameters.getAll("type") {
            for name in value.split(separator: ",") {
                let name = name.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { continue }
                guard let type = ObservabilityEventType(rawValue: name) else {
                    let known = ObservabilityEventType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw GaiError(.invalidRequest, "Unknown event type '\(name.prefix(64))'. Known types: \(known).", param: "type")
                }
                types.insert(type)
            }
        }
        let requestID = parameters["request_id"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        return EventPipeline.Filter(types: types.isEmpty ? nil : types, correlationID: requestID)
    }

    /// Why a tail stopped.
    enum TailEnding: Sendable, Equatable {
        /// The pipeline shut down (its subscriptions finish).
        case pipelineStopped
        /// The server began a graceful shutdown.
        case shutdown
        /// The client closed the connection.
        case clientGone
    }

    enum TailMessage: Sendable {
        case event(EncodedEvent)
        case heartbeat
        case end(TailEnding)
    }

    /// Writes `subscription` as SSE, with a heartbeat comment every `heartbeat`, until
    /// one of the ``TailEnding``s. Returning ends the iteration of `subscription`, which removes
    /// the subscriber.
    static func writeTail(
        _ subscription: AsyncStream<EncodedEvent>, closed: EventLoopFuture<Void>, heartbeat: Duration,
        writer: inout any ResponseBodyWriter
    ) async throws -> TailEnding {
        let (stops, stop) = AsyncStream.makeStream(of: TailMessage.self)
        closed.whenComplete { _ in
            stop.yield(.end(.clientGone))
            stop.finish()
        }
        let events = chain(subscription.map { TailMessage.event($0) }, [TailMessage.end(.pipelineStopped)].async)
        let beats = AsyncTimerSequence(interval: heartbeat, clock: .continuous).map { _ in TailMessage.heartbeat }
        // The headers (and this comment) go out now: a client sees the tail is open before any event.
        try await writer.write(ByteBuffer(string: ": connected\n\n"))
        return try await withGracefulShutdownHandler {
            for await message in merge(events, beats, stops) {
                switch message {
                case .event(let encoded):
                    var buffer = ByteBuffer()
                    buffer.reserveCapacity(encoded.lineBytes.count + 40)
                    buffer.writeString("event: \(encoded.type.rawValue)\ndata: ")
                    buffer.writeBytes(encoded.lineBytes)
                    buffer.writeString("\n\n")
                    try await writer.write(buffer)
                case .heartbeat:
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                case .end(let ending):
                    return ending
                }
            }
            // Only cancellation ends the merge without an `.end`: the server is going away.
            return .shutdown
        } onGracefulShutdown: {
            stop.yield(.end(.shutdown))
            stop.finish()
        }
    }
}
