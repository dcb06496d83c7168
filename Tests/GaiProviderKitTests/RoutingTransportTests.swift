import GaiCore
import NIOCore
import NIOHTTP1
import Synchronization
import Testing
@testable import GaiProviderKit

/// Records the URLs it was asked for and answers with its name.
final class RecordingTransport: HTTPTransport {
    let name: String
    private let urls = Mutex<[String]>([])

    init(name: String) {
        self.name = name
    }

    var received: [String] { urls.withLock { $0 } }

    func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        urls.withLock { $0.append(request.url) }
        return UpstreamResponse(status: 200, headers: [:], body: UpstreamBody(bytes: ByteBuffer(string: name)))
    }
}

@Suite struct RoutingTransportTests {
    @Test(arguments: [
        ("http://127.0.0.1:8000/v1/chat/completions", "plain"),
        ("HTTP://localhost:11434/api", "plain"),
        ("https://api.openai.com/v1/chat/completions", "tls"),
        ("HTTPS://api.anthropic.com/v1/messages", "tls"),
    ])
    func routesByScheme(url: String, expected: String) async throws {
        let plain = RecordingTransport(name: "plain")
        let tls = RecordingTransport(name: "tls")
        let routing = RoutingTransport(plain: plain, tls: tls)

        let response = try await routing.send(UpstreamRequest(method: .POST, url: url, deadline: .now() + .seconds(5)))
        let body = try await response.body.collect(upTo: 1024)

        #expect(String(buffer: body) == expected)
        #expect((expected == "plain" ? plain : tls).received == [url])
        #expect((expected == "plain" ? tls : plain).received.isEmpty)
    }
}
