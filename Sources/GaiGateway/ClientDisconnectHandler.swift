import HummingbirdCore
import NIOCore

/// Closes a client connection as soon as the client closes its side.
///
/// Hummingbird allows half-closed connections, so a client that goes away mid-stream is only
/// noticed at the next write; with a silent upstream that could be minutes of tokens paid for
/// nobody. Closing on input EOF (as nginx does by default) completes the channel's close future,
/// which cancels the upstream request at once.
public final class ClientDisconnectHandler: ChannelInboundHandler, RemovableChannelHandler {
    public typealias InboundIn = NIOAny

    public init() {}

    public func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }
}

extension Gateway {
    /// The HTTP/1.1 server the gateway expects: Hummingbird's, plus ``ClientDisconnectHandler``.
    public static func httpServer() -> HTTPServerBuilder {
        .http1(additionalChannelHandlers: [ClientDisconnectHandler()])
    }
}
