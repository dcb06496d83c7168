import GaiCore
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
