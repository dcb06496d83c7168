import Foundation
import GaiAnthropic
import GaiCore
import GaiGemini
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import GaiGateway

/// The cross-dialect matrix: recorded upstream streams from each provider dialect, served
/// through the gateway in each output format, must keep exactly what the upstream said — the
/// text, every tool call's name and argument JSON, the finish reason and the token counts.
///
/// The expected facts are read from the upstream fixture by small independent readers below,
/// not by the adapters under test.
@Suite("Cross-dialect translation matrix")
struct TranslationMatrixTests {
    enum Dialect: String, Sendable, CaseIterable { case openai, anthropic, gemini }
    enum Output: String, Sendable, CaseIterable { case openaiChunks, gaiEvents, anthropicEvents }

    struct Case: Sendable, CustomTestStringConvertible {
        var dialect: Dialect
        var fixture: String
        var output: Output
        var testDescription: String { "\(fixture) → \(output.rawValue)" }
    }

    static let fixtures: [(Dialect, String)] = [
        (.openai, "chat-stream-text-with-usage.sse"),
        (.openai, "chat-stream-tool-call-with-usage.sse"),
        (.openai, "chat-stream-parallel-tool-calls-with-usage.sse"),
        (.anthropic, "anthropic-stream-text.sse"),
        (.anthropic, "anthropic-stream-tool-use.sse"),
        (.gemini, "gemini-stream-basic.sse"),
        (.gemini, "gemini-stream-thinking-function-call.sse"),
        (.gemini, "gemini-stream-prompt-blocked-safety.sse"),
    ]

    static let cases: [Case] = fixtures.flatMap { dialect, fixture in
        Output.allCases.map { Case(dialect: dialect, fixture: fixture, output: $0) }
    }

    /// What a stream says, dialect-free.
    struct Facts: Equatable, CustomStringConvertible {
        var text = ""
        var toolCalls: [ToolCallFact] = []
        var finishReason: String?
        var inputTokens: Int?
        var outputTokens: Int?
        var description: String {
            "text=\(text.debugDescription) tools=\(toolCalls) finish=\(finishReason ?? "nil") usage=\(inputTokens ?? -1)/\(outputTokens ?? -1)"
        }
    }

    struct ToolCallFact: Equatable, CustomStringConvertible {
        var name: String
        var arguments: NSDictionary
        var description: String { "\(name)(\(arguments))" }
    }

    @Test(arguments: cases)
    func translationKeepsEverything(_ testCase: Case) async throws {
        let upstreamText = try Fixtures.text(testCase.fixture, in: .module)
        var expected = try Self.expectedFacts(testCase.dialect, upstreamText)
        if testCase.output == .anthropicEvents, expected.inputTokens == nil {
            // Anthropic's events always carry usage; when the upstream reported none, 0 is said.
            expected.inputTokens = 0
            expected.outputTokens = expected.outputTokens ?? 0
        }
        let transport = MockTransport(replies: [.split(upstreamText, every: 7)])
        let provider: any ChatProvider =
            switch testCase.dialect {
            case .openai: OpenAIProviderFactory.make(transport)
            case .anthropic: AnthropicProvider(configuration: AnthropicConfiguration(name: "matrix", apiKey: "k"), transport: transport)
            case .gemini: GeminiProvider(configuration: GeminiConfiguration(name: "matrix", apiKey: "k"), transport: transport)
            }
        let fixture = GatewayFixture(extraProviders: [provider])
        let headers: HTTPFields = testCase.output == .gaiEvents ? [HTTPField.Name("x-gai-stream")!: "gai.events.v1"] : [:]
        let chatBody = #"{"model":"matrix","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"go"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}]}"#
        let messagesBody = #"{"model":"matrix","stream":true,"max_tokens":256,"messages":[{"role":"user","content":"go"}],"tools":[{"name":"f","input_schema":{"type":"object"}}]}"#
        let path = testCase.output == .anthropicEvents ? "/v1/messages" : "/v1/chat/completions"
        let body = testCase.output == .anthropicEvents ? messagesBody : chatBody
        let served: Facts = try await fixture.application().test(.router) { client in
            try await client.execute(uri: path, method: .post, headers: headers, body: jsonBody(body)) { response in
                #expect(response.status == .ok, "\(response.text)")
                switch testCase.output {
                case .openaiChunks: return try Self.factsFromOpenAIChunks(response.sseData)
                case .gaiEvents: return try Self.factsFromEvents(response.sseData)
                case .anthropicEvents:
                    #expect(Self.eventNamesMatchTypes(response.text))
                    return try Self.factsFromAnthropic(response.sseData)
                }
            }
        }
        #expect(served == expected)
    }

    // MARK: - Independent readers of the upstream fixtures

    static func json(_ text: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func arguments(_ text: String) throws -> NSDictionary {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return try #require(try JSONSerialization.jsonObject(with: Data((trimmed.isEmpty ? "{}" : trimmed).utf8)) as? NSDictionary)
    }

    static func dataLines(_ text: String) -> [String] {
        text.components(separatedBy: .newlines).filter { $0.hasPrefix("data:") }.map {
            String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces)
        }.filter { $0 != "[DONE]" }
    }

    static func expectedFacts(_ dialect: Dialect, _ text: String) throws -> Facts {
        switch dialect {
        case .openai: try factsFromOpenAIChunks(dataLines(text))
        case .anthropic: try factsFromAnthropic(dataLines(text))
        case .gemini: try factsFromGemini(dataLines(text))
        }
    }

    static func factsFromOpenAIChunks(_ payloads: [String]) throws -> Facts {
        var facts = Facts()
        var calls: [Int: (name: String, arguments: String)] = [:]
        for payload in payloads where payload != "[DONE]" {
            let chunk = try json(payload)
            #expect(chunk["error"] == nil, "error chunk: \(payload)")
            for choice in chunk["choices"] as? [[String: Any]] ?? [] {
                let delta = choice["delta"] as? [String: Any] ?? [:]
                facts.text += delta["content"] as? String ?? ""
                for call in delta["tool_calls"] as? [[String: Any]] ?? [] {
                    let index = call["index"] as? Int ?? 0
                    let function = call["function"] as? [String: Any] ?? [:]
                    var entry = calls[index] ?? ("", "")
                    if let name = function["name"] as? String { entry.name = name }
                    entry.arguments += function["arguments"] as? String ?? ""
                    calls[index] = entry
                }
                if let reason = choice["finish_reason"] as? String { facts.finishReason = reason }
            }
            if let usage = chunk["usage"] as? [String: Any] {
                facts.inputTokens = usage["prompt_tokens"] as? Int
                facts.outputTokens = usage["completion_tokens"] as? Int
            }
        }
        facts.toolCalls = try calls.keys.sorted().map { index in
            let entry = calls[index] ?? ("", "")
            return ToolCallFact(name: entry.name, arguments: try arguments(entry.arguments))
        }
        return facts
    }

    static func factsFromEvents(_ payloads: [String]) throws -> Facts {
        var facts = Facts()
        for payload in payloads {
            let event = try json(payload)
            switch event["type"] as? String {
            case "text.delta": facts.text += event["text"] as? String ?? ""
            case "tool_call.end":
                facts.toolCalls.append(ToolCallFact(name: event["name"] as? String ?? "", arguments: try arguments(event["arguments"] as? String ?? "")))
            case "usage":
                facts.inputTokens = event["input_tokens"] as? Int
                facts.outputTokens = event["output_tokens"] as? Int
            case "stream.finish": facts.finishReason = event["finish_reason"] as? String
            case "error": Issue.record("error event: \(payload)")
            default: break
            }
        }
        return facts
    }

    /// Every Anthropic SSE frame names its event, and the name equals the data's `type`
    /// (the Anthropic SDKs dispatch on the name).
    static func eventNamesMatchTypes(_ text: String) -> Bool {
        text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.allSatisfy { frame in
            let lines = frame.split(separator: "\n")
            guard let name = lines.first(where: { $0.hasPrefix("event: ") })?.dropFirst(7),
                let data = lines.first(where: { $0.hasPrefix("data: ") })?.dropFirst(6),
                let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]
            else { return false }
            return object["type"] as? String == String(name)
        }
    }

    static func factsFromAnthropic(_ payloads: [String]) throws -> Facts {
        var facts = Facts()
        var blocks: [Int: (name: String, arguments: String)] = [:]
        var input = 0
        for payload in payloads {
            let event = try json(payload)
            switch event["type"] as? String {
            case "message_start":
                let usage = (event["message"] as? [String: Any])?["usage"] as? [String: Any] ?? [:]
                input = (usage["input_tokens"] as? Int ?? 0) + (usage["cache_creation_input_tokens"] as? Int ?? 0)
                    + (usage["cache_read_input_tokens"] as? Int ?? 0)
                facts.inputTokens = input
            case "content_block_start":
                let block = event["content_block"] as? [String: Any] ?? [:]
                if block["type"] as? String == "tool_use" {
                    blocks[event["index"] as? Int ?? 0] = (block["name"] as? String ?? "", "")
                }
            case "content_block_delta":
                let delta = event["delta"] as? [String: Any] ?? [:]
                let index = event["index"] as? Int ?? 0
                switch delta["type"] as? String {
                case "text_delta": facts.text += delta["text"] as? String ?? ""
                case "input_json_delta": blocks[index]?.arguments += delta["partial_json"] as? String ?? ""
                default: break
                }
            case "message_delta":
                let reason = (event["delta"] as? [String: Any])?["stop_reason"] as? String
                facts.finishReason =
                    ["end_turn": "stop", "stop_sequence": "stop", "tool_use": "tool_calls", "max_tokens": "length", "refusal": "content_filter"][
                        reason ?? ""] ?? reason
                let usage = event["usage"] as? [String: Any] ?? [:]
                facts.outputTokens = usage["output_tokens"] as? Int
                if let total = usage["input_tokens"] as? Int {
                    facts.inputTokens = total + (usage["cache_creation_input_tokens"] as? Int ?? 0) + (usage["cache_read_input_tokens"] as? Int ?? 0)
                }
            default: break
            }
        }
        facts.toolCalls = try blocks.keys.sorted().map { index in
            let entry = blocks[index] ?? ("", "")
            return ToolCallFact(name: entry.name, arguments: try arguments(entry.arguments))
        }
        return facts
    }

    static func factsFromGemini(_ payloads: [String]) throws -> Facts {
        var facts = Facts()
        var finish: String?
        for payload in payloads {
            let chunk = try json(payload)
            if (chunk["promptFeedback"] as? [String: Any])?["blockReason"] != nil { finish = "content_filter" }
            for candidate in chunk["candidates"] as? [[String: Any]] ?? [] {
                for part in (candidate["content"] as? [String: Any])?["parts"] as? [[String: Any]] ?? [] {
                    if let call = part["functionCall"] as? [String: Any] {
                        facts.toolCalls.append(
                            ToolCallFact(name: call["name"] as? String ?? "", arguments: (call["args"] as? NSDictionary) ?? [:]))
                    } else if part["thought"] as? Bool != true, let text = part["text"] as? String {
                        facts.text += text
                    }
                }
                if let reason = candidate["finishReason"] as? String {
                    finish = ["STOP": "stop", "MAX_TOKENS": "length", "SAFETY": "content_filter"][reason] ?? reason
                }
            }
            if let usage = chunk["usageMetadata"] as? [String: Any] {
                facts.inputTokens = usage["promptTokenCount"] as? Int
                facts.outputTokens = (usage["candidatesTokenCount"] as? Int ?? 0) + (usage["thoughtsTokenCount"] as? Int ?? 0)
            }
        }
        if finish == "stop", !facts.toolCalls.isEmpty { finish = "tool_calls" }
        facts.finishReason = finish
        return facts
    }
}

/// The OpenAI-compatible provider of the matrix, named like the others.
enum OpenAIProviderFactory {
    static func make(_ transport: MockTransport) -> any ChatProvider {
        OpenAIProvider(configuration: OpenAIConfiguration(name: "matrix", baseURL: "http://upstream.test/v1"), transport: transport)
    }
}
