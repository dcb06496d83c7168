import Foundation
import GaiAnthropic
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import Testing

/// The exact `gai.events.v1` output for each native provider's recorded stream, pinned by golden
/// files (the OpenAI-compatible streams are pinned in GaiCoreTests). A change to the wire format
/// or to an adapter's stream translation fails here; to accept an intended change, run once with
/// `GAI_UPDATE_GOLDEN=1` and review the diff of `Fixtures/golden/`.
@Suite("gai.events.v1 golden files for native provider streams")
struct ProviderGoldenEventsTests {
    static let fixtures = [
        "anthropic-stream-text.sse", "anthropic-stream-tool-use.sse", "anthropic-stream-error-overloaded.sse",
        "gemini-stream-basic.sse", "gemini-stream-thinking-function-call.sse", "gemini-stream-prompt-blocked-safety.sse",
    ]

    @Test(arguments: fixtures)
    func matchesTheGoldenFile(fixture: String) async throws {
        let transport = MockTransport(replies: [.split(try Fixtures.text(fixture, in: .module), every: 11)])
        let provider: any ChatProvider =
            fixture.hasPrefix("anthropic")
            ? AnthropicProvider(configuration: AnthropicConfiguration(name: "anthropic", apiKey: "k"), transport: transport)
            : GeminiProvider(configuration: GeminiConfiguration(name: "gemini", apiKey: "k"), transport: transport)
        let request = ChatRequest(model: "model-x", messages: [ChatMessage(role: .user, content: .text("go"))], stream: true)
        let ticks = Ticks(start: 1_700_000_000_000)
        var normalizer = StreamNormalizer(
            requestID: "01890a5d-ac96-7000-8000-000000000000", provider: provider.name, model: "model-x", now: ticks.next)
        var lines: [String] = []
        do {
            for try await chunk in try await provider.streamChatCompletion(request, context: ProviderContext()) {
                lines += normalizer.events(for: chunk.chunk).map(\.json)
            }
            lines += normalizer.finish().map(\.json)
        } catch let error as GaiError {
            lines += normalizer.fail(error).map(\.json)
        }
        // Gemini may send no call id; the adapter then mints a random one (documented). Pin it.
        let output = lines.map { $0 + "\n" }.joined()
            .replacingOccurrences(of: #"call_[0-9a-f]{24}"#, with: "call_MINTED", options: .regularExpression)
        let golden = "golden/" + fixture.replacingOccurrences(of: ".sse", with: ".events.ndjson")
        if ProcessInfo.processInfo.environment["GAI_UPDATE_GOLDEN"] != nil {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + golden)
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(output == (try Fixtures.text(golden, in: .module)))
    }
}

/// Unix milliseconds advancing by one per reading, for pinned timestamps.
final class Ticks: @unchecked Sendable {
    // Read by one normalizer on one task at a time.
    private var value: Int64

    init(start: Int64) { value = start - 1 }

    var next: @Sendable () -> Int64 {
        { [self] in
            value += 1
            return value
        }
    }
}
