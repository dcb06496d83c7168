import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("GeminiProvider: upstream requests")
struct GeminiRequestMappingTests {
    static let representativeRequest = #"""
        {"model":"gemini-2.0-flash",
         "messages":[
          {"role":"system","content":"You are terse."},
          {"role":"developer","content":[{"type":"text","text":"Use metric units."}]},
          {"role":"user","content":[{"type":"text","text":"Weather here?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},{"type":"image_url","image_url":{"url":"https://example.com/cat.jpg","detail":"high"}}]},
          {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_2","type":"function","function":{"name":"get_time","arguments":""}}]},
          {"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"},
          {"role":"tool","tool_call_id":"call_2","content":"12:00"},
          {"role":"assistant","content":"It is 21°C at noon."},
          {"role":"user","content":"Thanks"}
         ],
         "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather for a city","strict":true,"parameters":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"city":{"type":["string","null"]},"additionalProperties":{"type":"object","additionalProperties":{"type":"string"}}},"required":["city"]}}},
                  {"type":"function","function":{"name":"get_time","parameters":{"type":"object","properties":{}}}}],
         "tool_choice":{"type":"function","function":{"name":"get_weather"}},
         "temperature":0.5,"top_p":0.9,"max_tokens":100,"max_completion_tokens":200,"stop":"END","n":2,"seed":42,
         "response_format":{"type":"json_schema","json_schema":{"name":"w","schema":{"type":"object","properties":{"t":{"type":"number"}},"additionalProperties":false}}},
         "user":"u-1","x_unknown":true}
        """#

    static let expectedBody = #"""
        {"contents":[
          {"role":"user","parts":[{"text":"Weather here?"},{"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="}},{"fileData":{"mimeType":"image/jpeg","fileUri":"https://example.com/cat.jpg"}}]},
          {"role":"model","parts":[{"functionCall":{"name":"get_weather","args":{"city":"Paris"}}},{"functionCall":{"name":"get_time","args":{}}}]},
          {"role":"user","parts":[{"functionResponse":{"name":"get_weather","response":{"content":{"temp":21}}}},{"functionResponse":{"name":"get_time","response":{"content":"12:00"}}}]},
          {"role":"model","parts":[{"text":"It is 21°C at noon."}]},
          {"role":"user","parts":[{"text":"Thanks"}]}],
         "systemInstruction":{"parts":[{"text":"You are terse."},{"text":"Use metric units."}]},
         "tools":[{"functionDeclarations":[
           {"name":"get_weather","description":"Weather for a city","parameters":{"type":"object","properties":{"city":{"type":"string","nullable":true},"additionalProperties":{"type":"object"}},"required":["city"]}},
           {"name":"get_time"}]}],
         "toolConfig":{"functionCallingConfig":{"mode":"ANY","allowedFunctionNames":["get_weather"]}},
         "generationConfig":{"temperature":0.5,"topP":0.9,"maxOutputTokens":200,"stopSequences":["END"],"candidateCount":2,"seed":42,
           "responseMimeType":"application/json","responseSchema":{"type":"object","properties":{"t":{"type":"number"}}}}}
        """#

    @Test("a request with system, images, tool calls, tool results, tools and settings maps to GenerateContentRequest")
    func representativeBody() async throws {
        #expect(try await upstreamBody(for: Self.representativeRequest) == (try parsedJSON(Self.expectedBody)))
    }

    @Test("a simple request is just contents, posted to :generateContent with the key in a header")
    func simpleRequest() async throws {
        let mock = transport(body: try fixture("generate-content-response.json"))
        let (request, context) = try clientRequest(simpleRequestBody, requestID: "req-42")
        _ = try await makeProvider(mock).chatCompletion(request, context: context)
        let sent = try #require(mock.requests.first)
        #expect(sent.url == "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent")
        #expect(sent.headers["x-goog-api-key"] == [testAPIKey])
        #expect(sent.headers["x-request-id"] == ["req-42"])
        #expect(!sent.url.contains(testAPIKey))
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(sent.body).readableBytesView))
        #expect(body == (try parsedJSON(#"{"contents":[{"role":"user","parts":[{"text":"Where is Google's HQ?"}]}]}"#)))
    }

    @Test("without an API key no auth header is sent")
    func noKey() async throws {
        let mock = transport(body: try fixture("generate-content-response.json"))
        let (request, context) = try clientRequest(simpleRequestBody)
        _ = try await makeProvider(mock, apiKey: nil).chatCompletion(request, context: context)
        #expect(mock.requests.first?.headers["x-goog-api-key"].isEmpty == true)
    }

    @Test("model resource names are used as written; names that could change the URL are refused", arguments: [
        ("tunedModels/my-model-7", "https://generativelanguage.googleapis.com/v1beta/tunedModels/my-model-7:generateContent"),
        ("models/gemini-1.5-pro", "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent"),
        ("gemini-2.0-flash:streamGenerateContent", nil), ("a?key=1", nil), ("../admin", nil),
    ])
    func modelNames(model: String, expectedURL: String?) async throws {
        let mock = transport(body: try fixture("generate-content-response.json"))
        let (request, context) = try clientRequest(#"{"model":"\#(model)","messages":[{"role":"user","content":"hi"}]}"#)
        do {
            _ = try await makeProvider(mock).chatCompletion(request, context: context)
            #expect(mock.requests.first?.url == expectedURL)
        } catch {
            #expect(expectedURL == nil)
            #expect(error.code == .invalidRequest)
            #expect(mock.requests.isEmpty)
        }
    }

    @Test("tool_choice modes", arguments: [(#""auto""#, "AUTO"), (#""none""#, "NONE"), (#""required""#, "ANY")])
    func toolChoice(choice: String, mode: String) async throws {
        let body = try await upstreamBody(for: #"{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":\#(choice)}"#)
        #expect(body["toolConfig"] == .object(["functionCallingConfig": .object(["mode": .string(mode)])]))
        #expect(body["tools"] == (try parsedJSON(#"[{"functionDeclarations":[{"name":"f"}]}]"#)))
    }

    @Test("json_object asks for JSON output; max_tokens is used without max_completion_tokens; stop lists are kept")
    func jsonObject() async throws {
        let body = try await upstreamBody(for: #"{"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_object"},"max_tokens":64,"stop":["a","b"]}"#)
        #expect(body["generationConfig"] == (try parsedJSON(#"{"responseMimeType":"application/json","maxOutputTokens":64,"stopSequences":["a","b"]}"#)))
    }

    @Test("consecutive same-name tool results keep their order; a text part with extra members is still text")
    func toolResultArray() async throws {
        let body = try await upstreamBody(for: #"""
            {"model":"m","messages":[
              {"role":"user","content":[{"type":"text","text":"go","cache_control":{"type":"ephemeral"}}]},
              {"role":"assistant","content":"Calling.","tool_calls":[{"id":"x","type":"function","function":{"name":"list","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"x","content":"[1,2]"},
              {"role":"user","content":"and?"}]}
            """#)
        #expect(body["contents"] == (try parsedJSON(#"""
            [{"role":"user","parts":[{"text":"go"}]},
             {"role":"model","parts":[{"text":"Calling."},{"functionCall":{"name":"list","args":{}}}]},
             {"role":"user","parts":[{"functionResponse":{"name":"list","response":{"content":[1,2]}}}]},
             {"role":"user","parts":[{"text":"and?"}]}]
            """#)))
    }

    @Test("requests Gemini cannot express fail before anything is sent", arguments: [
        (#"{"model":"m","messages":[{"role":"tool","tool_call_id":"nope","content":"x"}]}"#, ErrorCode.invalidRequest, "messages[0].tool_call_id"),
        (#"{"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"a","type":"function","function":{"name":"f","arguments":"[1]"}}]}]}"#, .invalidRequest, "messages[0].tool_calls[0].function.arguments"),
        (#"{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"ftp://x/y.png"}}]}]}"#, .invalidRequest, "messages[0].content[0]"),
        (#"{"model":"m","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AA==","format":"wav"}}]}]}"#, .unsupported, "messages[0].content[0]"),
        (#"{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"web_search"}]}"#, .unsupported, "tools[0]"),
        (#"{"model":"m","messages":[{"role":"user","content":"hi"}],"tool_choice":"sometimes"}"#, .invalidRequest, "tool_choice"),
        (#"{"model":"m","messages":[{"role":"narrator","content":"hi"}]}"#, .invalidRequest, "messages[0].role"),
    ])
    func refused(body: String, code: ErrorCode, param: String) async throws {
        let mock = transport(body: "{}")
        let (request, context) = try clientRequest(body)
        do {
            _ = try await makeProvider(mock).chatCompletion(request, context: context)
            Issue.record("the request was accepted")
        } catch {
            #expect(error.code == code)
            #expect(error.param == param)
        }
        #expect(mock.requests.isEmpty)
    }
}
