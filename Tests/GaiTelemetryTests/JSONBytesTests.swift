import Foundation
import GaiCore
import Testing

@testable import GaiTelemetry

/// `JSONBytes.string` skips clean text eight bytes at a time (``JSONBytes/cleanPrefix(_:)``):
/// whatever the length and wherever a byte that needs an escape sits, the literal must read
/// back as the text, and be the bytes a plain byte-by-byte escaper writes.
@Suite("JSONBytes: string literals")
struct JSONBytesTests {
    /// The escaper the fast path must agree with: every byte looked at.
    static func reference(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    static func literal(_ text: String) -> [UInt8] {
        var json = JSONBytes()
        json.string(text)
        return json.bytes
    }

    @Test(
        "one byte that needs an escape, at every position of texts 1 to 40 bytes long",
        arguments: ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{8}"])
    func everyPosition(special: String) throws {
        for length in 1...40 {
            for position in 0..<length {
                let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position - 1)
                let bytes = Self.literal(text)
                #expect(bytes == Self.reference(text), "length \(length), at \(position)")
                let decoded = try JSONDecoder().decode([String].self, from: Data([UInt8(ascii: "[")] + bytes + [UInt8(ascii: "]")]))
                #expect(decoded == [text])
            }
        }
    }

    @Test("bytes next to the special ones (0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF lead bytes) are never escaped")
    func neighboursStayAsTheyAre() {
        let text = " !#[]\u{7F}éü😀 and more text past eight bytes"
        #expect(Self.literal(text) == [UInt8(ascii: "\"")] + Array(text.utf8) + [UInt8(ascii: "\"")])
        #expect(Array(text.utf8).withUnsafeBufferPointer { JSONBytes.cleanPrefix($0) } == text.utf8.count)
    }

    @Test("random texts mixing clean runs, escapes and non-ASCII read back unchanged (5,000 cases)")
    func randomTexts() throws {
        var random = SplitMix64(seed: 31)
        let pieces = ["a", "abcdefgh", "0123456789", "\"", "\\", "\n", "\t", "\u{1}", "é", "😀", "/", " ", "\u{7F}", "{\"k\":1}"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            let bytes = Self.literal(text)
            #expect(bytes == Self.reference(text), "\(text.debugDescription)")
            let decoded = try JSONDecoder().decode([String].self, from: Data([UInt8(ascii: "[")] + bytes + [UInt8(ascii: "]")]))
            #expect(decoded == [text])
        }
    }
}
