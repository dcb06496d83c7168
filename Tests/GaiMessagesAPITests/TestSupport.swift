import Foundation
import GaiAnthropicWire
import GaiCore
import GaiMessagesAPI
import GaiTesting
import NIOCore
import Testing

/// Decodes a client's Messages request from JSON text.
func messagesRequest(_ json: String) throws -> AnthropicMessagesRequest {
    try JSONDecoder().decode(AnthropicMessagesRequest.self, from: Data(json.utf8))
}

/// The chunks of an OpenAI SSE fixture (every `data:` event but `[DONE]`).
func chunks(fromSSE text: String) throws -> [ChatCompletionChunk] {
    try text.components(separatedBy: "\n\n").compactMap { frame -> ChatCompletionChunk? in
        let trimmed = frame.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("data: "), !trimmed.hasSuffix("[DONE]") else { return nil }
        return try JSONDecoder().decode(ChatCompletionChunk.self, from: Data(trimmed.dropFirst(6).utf8))
    }
}

/// One parsed SSE event of an Anthropic stream: the `event:` name and the `data` object.
struct WrittenEvent {
    var name: String
    var data: [String: Any]
    var type: String? { data["type"] as? String }
    var index: Int? { data["index"] as? Int }
    var delta: [String: Any]? { data["delta"] as? [String: Any] }
}

/// Splits Anthropic SSE bytes into events, checking each has `event:` + `data:`.
func writtenEvents(_ text: String) throws -> [WrittenEvent] {
    try text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { frame in
        let lines = frame.components(separatedBy: "\n")
        try #require(lines.count == 2, "unexpected frame \(frame)")
        try #require(lines[0].hasPrefix("event: ") && lines[1].hasPrefix("data: "), "unexpected frame \(frame)")
        let data = try JSONSerialization.jsonObject(with: Data(lines[1].dropFirst(6).utf8)) as? [String: Any]
        return WrittenEvent(name: String(lines[0].dropFirst(7)), data: try #require(data))
    }
}

/// `name` or `name@index` per event, a compact golden form of the sequence.
func outline(_ events: [WrittenEvent]) -> [String] {
    events.map { event in
        var line = event.name
        if let index = event.index { line += "@\(index)" }
        if let deltaType = event.delta?["type"] as? String { line += ":" + deltaType }
        return line
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}
