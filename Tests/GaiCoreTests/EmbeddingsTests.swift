import Foundation
import GaiCore
import Testing

@Suite("Embeddings")
struct EmbeddingsTests {
    struct InputCase: Sendable, CustomTestStringConvertible {
        var json: String
        var input: EmbeddingInput
        var count: Int
        var testDescription: String { json }
    }

    static let inputs: [InputCase] = [
        InputCase(json: #""The food was delicious.""#, input: .text("The food was delicious."), count: 1),
        InputCase(json: #"["first", "second", "third"]"#, input: .texts(["first", "second", "third"]), count: 3),
        InputCase(json: "[1212, 318, 257, 1332]", input: .tokens([1212, 318, 257, 1332]), count: 1),
        InputCase(json: "[[1212, 318], [257], [1332, 13, 0]]", input: .tokenBatches([[1212, 318], [257], [1332, 13, 0]]), count: 3),
    ]

    @Test("every input form decodes, counts its vectors and re-encodes", arguments: inputs)
    func inputForms(_ testCase: InputCase) throws {
        let body = #"{"model":"text-embedding-3-small","input":\#(testCase.json),"encoding_format":"float","dimensions":256,"user":"u","x_extra":{"a":1}}"#
        let request = try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: Array(body.utf8))
        #expect(request.input == testCase.input)
        #expect(request.input.count == testCase.count)
        #expect(request.input.texts.count == testCase.count)
        #expect(request.dimensions == 256)
        #expect(request.user == "u")
        #expect(!request.wantsBase64)
        #expect(request.extra == ["x_extra": .object(["a": .int(1)])])
        #expect(try encodedJSON(request) == parsedJSON(body))
    }

    @Test("token inputs become space-joined text for the mock")
    func tokenTexts() {
        #expect(EmbeddingInput.tokens([1, 2, 3]).texts == ["1 2 3"])
        #expect(EmbeddingInput.tokenBatches([[1], [2, 3]]).texts == ["1", "2 3"])
    }

    @Test(
        "an input of the wrong type is an invalid_request naming 'input'",
        arguments: ["5", "true", "null", #"{"text":"a"}"#, #"[1, "a"]"#, "[[1], [\"a\"]]", "[1.5]"])
    func wrongInput(json: String) throws {
        let body = #"{"model":"m","input":\#(json)}"#
        let error = try #require(throws: GaiError.self) {
            try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: Array(body.utf8))
        }
        #expect(error.code == .invalidRequest)
        #expect(error.param == "input")
        #expect(error.message.contains("'input'"))
    }

    @Test("encoding_format base64 is recognised")
    func wantsBase64() throws {
        let request = try decode(EmbeddingsRequest.self, #"{"model":"m","input":"a","encoding_format":"base64"}"#)
        #expect(request.wantsBase64)
    }

    static let vectors: [[Float]] = [
        [],
        [1],
        [0.5, -2],
        [0, -0.0, 1, -1.5],
        [.pi, -.pi, 1e-38, .leastNonzeroMagnitude, .greatestFiniteMagnitude],
        [.infinity, -.infinity, 0.1, 0.2, 0.3, 123_456.789],
        (0..<257).map { Float($0) * 0.013 - 1.7 },
    ]

    @Test("base64(of:) is little-endian float32, bit for bit", arguments: vectors)
    func base64Vector(values: [Float]) throws {
        guard case .base64(let text) = EmbeddingVector.base64(of: values) else {
            Issue.record("expected the base64 case")
            return
        }
        let data = try #require(Data(base64Encoded: text))
        #expect(data.count == values.count * 4)
        let bytes = [UInt8](data)
        let decoded = stride(from: 0, to: bytes.count, by: 4).map { offset in
            let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            return Float(bitPattern: bits)
        }
        #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
        // The same text Foundation produces for those bytes (padding included).
        #expect(text == data.base64EncodedString())
    }

    @Test("a NaN survives base64 with its bit pattern")
    func nanVector() throws {
        let nan = Float(bitPattern: 0x7FC0_0001)
        guard case .base64(let text) = EmbeddingVector.base64(of: [nan]) else {
            Issue.record("expected the base64 case")
            return
        }
        #expect([UInt8](try #require(Data(base64Encoded: text))) == [0x01, 0x00, 0xC0, 0x7F])
    }

    @Test("a response with float and base64 vectors round-trips")
    func responseRoundTrip() throws {
        let text = #"{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.25,-1.5]},{"object":"embedding","index":1,"embedding":"AACAPw=="}],"model":"text-embedding-3-small","usage":{"prompt_tokens":8,"total_tokens":8}}"#
        let response = try decode(EmbeddingsResponse.self, text)
        #expect(response.data.map(\.embedding) == [.floats([0.25, -1.5]), .base64("AACAPw==")])
        #expect(response.usage == EmbeddingsUsage(promptTokens: 8, totalTokens: 8))
        #expect(try encodedJSON(response) == parsedJSON(text))
        #expect(EmbeddingVector.base64(of: [1]) == .base64("AACAPw=="))
    }
}
