import Testing

@testable import GaiGateway

/// The span's `gen_ai.response.finish_reasons` are read from passed-through bytes by a scan,
/// not a decode: it must find what a decoder would, and nothing else.
@Suite("Finish reasons by byte scan")
struct FinishReasonScanTests {
    @Test(
        "finds each choice's finish_reason, whatever the spacing; ignores look-alikes, nulls and cut-off values",
        arguments: [
            (#"{"choices":[{"index":0,"finish_reason":"stop"}]}"#, ["stop"]),
            (#"{"choices":[{"finish_reason" : "length"},{"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":1}}"#, ["length", "tool_calls"]),
            ("{\"choices\":[{\"finish_reason\":\n\t\"content_filter\"}]}", ["content_filter"]),
            (#"{"choices":[{"finish_reason":null}]}"#, []),
            (#"{"x_finish_reason":"no","finish_reasons":"no","finish_reason":"stop"}"#, ["stop"]),
            (#"{"choices":[{"finish_reason":"sto"#, []),
            (#"_finish_reason":"stop""#, []),
            (#""finish_reason":"stop""#, ["stop"]),
            (#"{"choices":[{"finish_reason":"stop"},{"finish_reason":"stop"},{"finish_reason":"end_turn"}]}"#, ["stop", "stop", "end_turn"]),
            (#"{"choices":[{"finish_reason":"end_turn"},{"finish_reason":"length"}]}"#, ["end_turn", "length"]),
            (#"{"choices":[{"finish_reason":"stopped"}]}"#, ["stopped"]),
            (#"{"choices":[{"refusal":null,"finish_reason":"function_call"}],"system_fingerprint":"fp"}"#, ["function_call"]),
            (#"{}"#, []),
            ("", []),
        ])
    func scan(body: String, expected: [String]) {
        let reasons = Array(body.utf8).withUnsafeBytes { Gateway.scanFinishReasons(in: $0) }
        #expect(reasons == expected)
    }
}
