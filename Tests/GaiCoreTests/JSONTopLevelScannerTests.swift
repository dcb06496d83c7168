import GaiCore
import NIOCore
import Testing

@Suite("JSONTopLevelScanner")
struct JSONTopLevelScannerTests {
    static func members(_ text: String) -> [String: String]? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { raw in
            JSONTopLevelScanner.members(of: raw)?.mapValues { range in
                String(decoding: raw[range], as: UTF8.self)
            }
        }
    }

    @Test func findsEveryTopLevelMemberAndItsValueBytes() {
        let text = #" { "id" : "x", "choices": [ {"a": "}]\"{"} ], "usage": {"prompt_tokens": 3, "d": {"e": [1, 2]}}, "n": -1.5e3, "t": true, "z": null } "#
        #expect(
            Self.members(text) == [
                "id": #""x""#, "choices": #"[ {"a": "}]\"{"} ]"#, "usage": #"{"prompt_tokens": 3, "d": {"e": [1, 2]}}"#,
                "n": "-1.5e3", "t": "true", "z": "null",
            ])
    }

    @Test func emptyObject() {
        #expect(Self.members("{}") == [:])
        #expect(Self.members(" {  }\n") == [:])
    }

    @Test(arguments: [
        "", "[]", "\"text\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1", "{\"a\":\"open}", "{\"a\":[1,2}",
        "{\"a\":1} trailing", "{a:1}", "<html>oops</html>", "{\"a\":{\"b\":1}",
    ])
    func rejectsWhatIsNotABalancedObject(_ text: String) {
        #expect(Self.members(text) == nil)
    }
}

@Suite("JSONTopLevelScanner.replacingMember")
struct JSONMemberReplacementTests {
    @Test func replacesOnlyTheValueAndKeepsEveryOtherByte() throws {
        let original = ByteBuffer(string: #"{"z_first":1.50,"model" : "alias","messages":[{"role":"user","content":"model"}],"x":{"model":"inner"}}"#)
        let replaced = try #require(JSONTopLevelScanner.replacingMember("model", in: original, withJSON: JSONText.quoted("up/stream \"v2\"")))
        #expect(String(buffer: replaced) == #"{"z_first":1.50,"model" : "up/stream \"v2\"","messages":[{"role":"user","content":"model"}],"x":{"model":"inner"}}"#)
    }

    @Test func missingMemberOrBrokenJSONGivesNil() {
        #expect(JSONTopLevelScanner.replacingMember("model", in: ByteBuffer(string: #"{"a":1}"#), withJSON: "\"m\"") == nil)
        #expect(JSONTopLevelScanner.replacingMember("model", in: ByteBuffer(string: #"{"model":"#), withJSON: "\"m\"") == nil)
    }

    @Test(arguments: [("plain", #""plain""#), ("quote\"back\\slash", #""quote\"back\\slash""#), ("line\nbreak\u{1}", #""line\nbreak\u0001""#)])
    func jsonStringEscapes(text: String, expected: String) {
        #expect(JSONText.quoted(text) == expected)
    }
}
