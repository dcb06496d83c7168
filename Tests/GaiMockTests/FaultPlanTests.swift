import GaiCore
import NIOCore
import Testing

@testable import GaiMock

/// A generator that always returns the same value, so `probability` is decided exactly.
struct FixedRandom: RandomNumberGenerator, Sendable {
    var value: UInt64
    mutating func next() -> UInt64 { value }
}

@Suite struct FaultPlanTests {
    static func request(stream: Bool = false) -> ChatRequest {
        ChatRequest(model: "m", messages: [ChatMessage(role: .user, content: .text("one two three"))], stream: stream)
    }

    @Test("the header form parses every key")
    func parses() throws {
        let plan = try FaultPlan(
            header: "error=rate_limited; status=429; retry_after_ms=1500, probability=0.5; first_n=2; latency_ms=10; cut_after_chunks=3; malformed=false; hang=no; provider=p; id=x")
        #expect(plan.error == .rateLimited)
        #expect(plan.status == 429)
        #expect(plan.retryAfter == .milliseconds(1500))
        #expect(plan.probability == 0.5)
        #expect(plan.firstN == 2)
        #expect(plan.latency == .milliseconds(10))
        #expect(plan.cutAfterChunks == 3)
        #expect(!plan.malformed && !plan.hang)
        #expect(plan.provider == "p")
    }

    @Test(arguments: ["error=bogus", "probability=2", "first_n=-1", "nonsense", "speed=9", "hang=maybe"])
    func rejects(header: String) {
        #expect(throws: FaultPlanError.self) { try FaultPlan(header: header) }
    }

    @Test("first_n fails exactly the first N calls with that plan; another id has its own count")
    func firstN() async throws {
        let provider = MockProvider(configuration: .init(streamDelay: .zero))
        var outcomes: [Bool] = []
        for _ in 0..<4 {
            let context = ProviderContext(faultPlan: "error=provider_unavailable;first_n=2;id=a")
            outcomes.append((try? await provider.chatCompletion(Self.request(), context: context)) != nil)
        }
        #expect(outcomes == [false, false, true, true])
        let other = ProviderContext(faultPlan: "error=provider_unavailable;first_n=2;id=b")
        await #expect(throws: GaiError.self) { try await provider.chatCompletion(Self.request(), context: other) }
    }

    @Test("an injected error carries the code, status and retry-after an adapter would report")
    func errorShape() async throws {
        let provider = MockProvider(configuration: .init(name: "mock-x", streamDelay: .zero))
        let context = ProviderContext(faultPlan: "error=rate_limited;retry_after_ms=2000")
        let error = try await #require(throws: GaiError.self) { try await provider.chatCompletion(Self.request(), context: context) }
        #expect(error.code == .rateLimited)
        #expect(error.upstreamStatus == 429)
        #expect(error.retryAfter == .milliseconds(2000))
        #expect(error.provider == "mock-x")
        #expect(error.isTransient)
    }

    @Test("probability decides with the injected randomness")
    func probability() async throws {
        let never = MockProvider(configuration: .init(streamDelay: .zero), random: FixedRandom(value: .max))
        let always = MockProvider(configuration: .init(streamDelay: .zero), random: FixedRandom(value: 0))
        let context = ProviderContext(faultPlan: "error=overloaded;probability=0.5")
        #expect((try? await never.chatCompletion(Self.request(), context: context)) != nil)
        #expect((try? await always.chatCompletion(Self.request(), context: context)) == nil)
    }

    @Test("a stream is cut with a network error after K chunks")
    func cut() async throws {
        let provider = MockProvider(configuration: .init(streamDelay: .zero))
        let stream = try await provider.streamChatCompletion(Self.request(stream: true), context: ProviderContext(faultPlan: "cut_after_chunks=2"))
        var received = 0
        do {
            for try await _ in stream { received += 1 }
            Issue.record("the stream should fail")
        } catch let error as GaiError {
            #expect(error.code == .network)
        }
        #expect(received == 2)
    }

    @Test("a plan for another provider leaves this one alone; malformed answers are provider_unavailable")
    func providerFilterAndMalformed() async throws {
        let provider = MockProvider(configuration: .init(name: "b", streamDelay: .zero))
        #expect((try? await provider.chatCompletion(Self.request(), context: ProviderContext(faultPlan: "error=timeout;provider=a"))) != nil)
        let error = try await #require(throws: GaiError.self) {
            try await provider.chatCompletion(Self.request(), context: ProviderContext(faultPlan: "malformed=true"))
        }
        #expect(error.code == .providerUnavailable)
    }

    @Test("a hang ends with timeout at the deadline")
    func hang() async throws {
        let provider = MockProvider(configuration: .init(streamDelay: .zero))
        let context = ProviderContext(deadline: .now() + .milliseconds(50), faultPlan: "hang=true")
        let error = try await #require(throws: GaiError.self) { try await provider.chatCompletion(Self.request(), context: context) }
        #expect(error.code == .timeout)
    }
}
