import Foundation
import GaiCore
import GaiTesting
import Testing

/// JSON text parsed into a tree, for comparing documents by structure rather than by spelling.
func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

func parsedJSON(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

/// `value` encoded with Gai's encoder, parsed back into a tree.
func encodedJSON(_ value: some Encodable) throws -> JSONValue {
    try parsedJSON(GaiJSON.makeEncoder().encode(value))
}

/// Decodes `text` with Gai's decoder.
func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try GaiJSON.makeDecoder().decode(type, from: Data(text.utf8))
}

/// A fixture file of this test target.
func fixture(_ name: String) throws -> String {
    try Fixtures.text(name, in: .module)
}

/// The payloads of an SSE fixture's `data:` lines, `[DONE]` excluded.
func dataLines(ofSSE text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true)
        .filter { $0.hasPrefix("data: ") }
        .map { String($0.dropFirst(6)) }
        .filter { $0 != "[DONE]" }
}

extension JSONValue {
    /// The same tree without object members whose value is `null` (an absent member and a `null`
    /// one mean the same thing in the OpenAI schema).
    var withoutNullMembers: JSONValue {
        switch self {
        case .object(let members):
            .object(members.filter { $0.value != .null }.mapValues(\.withoutNullMembers))
        case .array(let values):
            .array(values.map(\.withoutNullMembers))
        default:
            self
        }
    }
}

