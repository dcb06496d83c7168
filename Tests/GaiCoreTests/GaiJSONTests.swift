import Foundation
import GaiCore
import Testing

@Suite("GaiJSON.decodeRequest error messages")
struct GaiJSONTests {
    struct BadBody: Sendable, CustomTestStringConvertible {
        var body: String
        /// A fragment the message must contain.
        var message: String
        var param: String?
        var testDescription: String { body }
    }

    static let badBodies: [BadBody] = [
        BadBody(body: #"{"messages":[]}"#, message: "Missing required parameter: 'model'", param: "model"),
        BadBody(body: #"{"model":"m"}"#, message: "Missing required parameter: 'messages'", param: "messages"),
        BadBody(body: #"{"model":1,"messages":[]}"#, message: "Invalid type for 'model': expected a string", param: "model"),
        BadBody(body: #"{"model":null,"messages":[]}"#, message: "'model'", param: "model"),
        BadBody(body: #"{"model":"m","messages":"hi"}"#, message: "Invalid type for 'messages'", param: "messages"),
        BadBody(body: #"{"model":"m","messages":[{"role":"user","content":5}]}"#, message: "'messages[0].content'", param: "messages[0].content"),
        BadBody(
            body: #"{"model":"m","messages":[{"role":"user","content":"a"},{"content":"b"}]}"#,
            message: "Missing required parameter: 'messages[1].role'", param: "messages[1].role"),
        BadBody(
            body: #"{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":7}]}]}"#,
            message: "'messages[0].content'", param: "messages[0].content"),
        BadBody(
            body: #"{"model":"m","messages":[],"temperature":"hot"}"#, message: "Invalid type for 'temperature': expected a number",
            param: "temperature"),
        BadBody(body: #"{"model":"m","messages":[],"stream":"yes"}"#, message: "Invalid type for 'stream': expected a boolean", param: "stream"),
        // Foundation gives no path for these, but the body is valid JSON and must not be called invalid.
        BadBody(body: #"{"model":"m","messages":[],"max_tokens":1.5}"#, message: "not an integer, or is out of range", param: nil),
        BadBody(body: #"{"model":"m","messages":[],"seed":1e30}"#, message: "not an integer, or is out of range", param: nil),
        BadBody(body: #"{"model":"m","messages":[],"n":99999999999999999999}"#, message: "not an integer, or is out of range", param: nil),
        BadBody(body: #"{"model":"m","messages":[],"stop":5}"#, message: "'stop'", param: "stop"),
        BadBody(body: #"{"model":"m","messages":[],"tool_choice":5}"#, message: "'tool_choice'", param: "tool_choice"),
        BadBody(body: #"{"model":"m","messages":[],"tools":[{"function":{"name":"f"}}]}"#, message: "'tools[0].type'", param: "tools[0].type"),
        BadBody(body: #"{"model":"m","messages":[],"stream_options":{"include_usage":"yes"}}"#, message: "'stream_options.include_usage'", param: "stream_options.include_usage"),
        BadBody(body: #"{"model": "m", "messages": ["#, message: "not valid JSON", param: nil),
        BadBody(body: "model=m&messages=hi", message: "not valid JSON", param: nil),
        BadBody(body: "", message: "not valid JSON", param: nil),
        BadBody(body: #"[{"model":"m","messages":[]}]"#, message: "must be a JSON object", param: nil),
        BadBody(body: #""just a string""#, message: "must be a JSON object", param: nil),
    ]

    @Test("the message names the field at fault and `param` is set", arguments: badBodies)
    func namesThePath(_ testCase: BadBody) throws {
        let error = try #require(throws: GaiError.self) {
            try GaiJSON.decodeRequest(ChatRequest.self, from: Array(testCase.body.utf8))
        }
        #expect(error.code == .invalidRequest)
        #expect(error.message.contains(testCase.message), "message: \(error.message)")
        if testCase.message != "not valid JSON" {
            #expect(!error.message.contains("not valid JSON"), "message: \(error.message)")
        }
        #expect(error.param == testCase.param)
        #expect(!error.isTransient)
        #expect(error.provider == nil)
    }

    @Test("a valid body decodes")
    func validBody() throws {
        let request = try GaiJSON.decodeRequest(
            ChatRequest.self, from: Array(#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#.utf8))
        #expect(request.model == "m")
        #expect(request.messages.first?.text == "hi")
    }

    @Test(
        "pathString spells coding paths the way clients write them",
        arguments: [
            ([AnyKey("messages"), AnyKey(index: 0), AnyKey("content")], "messages[0].content"),
            ([AnyKey("tools"), AnyKey(index: 12), AnyKey("function"), AnyKey("name")], "tools[12].function.name"),
            ([AnyKey("Index 3")], "[3]"),
            ([], ""),
        ])
    func pathString(keys: [AnyKey], expected: String) {
        #expect(GaiJSON.pathString(keys) == expected)
    }

    @Test("the encoder leaves slashes unescaped and sorts keys")
    func encoder() throws {
        let data = try GaiJSON.makeEncoder().encode(["b": "https://x/y", "a": "1"])
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":"1","b":"https://x/y"}"#)
    }
}

/// A coding key for building paths by hand.
struct AnyKey: CodingKey, Sendable, CustomStringConvertible {
    var stringValue: String
    var intValue: Int?
    init(_ name: String) { stringValue = name }
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.init(index: intValue) }
    var description: String { stringValue }
}
