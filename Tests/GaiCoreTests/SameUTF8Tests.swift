import GaiCore
import Testing

@Suite("String.hasSameUTF8(as:)")
struct SameUTF8Tests {
    @Test(
        "byte equality, not canonical equivalence",
        arguments: [
            ("", "", true), ("POST", "POST", true), ("POST", "post", false), ("gpt-4o-mini", "gpt-4o-mini!", false),
            ("/v1/chat/completions", String("x/v1/chat/completions".dropFirst()), true), ("/v1/chat/completions", "/v1/chat/completion5", false),
            ("caf\u{E9}", "cafe\u{301}", false), ("😀-model-name-longer-than-fifteen", "😀-model-name-longer-than-fifteen", true),
        ])
    func pairs(left: String, right: String, same: Bool) {
        #expect(left.hasSameUTF8(as: right) == same)
        #expect(right.hasSameUTF8(as: left) == same)
    }

    @Test("5,000 random pairs agree with comparing the UTF-8 arrays")
    func randomPairs() {
        var random = SplitMix64(seed: 23)
        let alphabet = Array("ab/-é😀".unicodeScalars)
        func text() -> String {
            let length = Int(random.next() % 24)
            return String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for _ in 0..<5_000 {
            let left = text()
            let right = random.next() % 3 == 0 ? String(decoding: Array(left.utf8), as: UTF8.self) : text()
            #expect(left.hasSameUTF8(as: right) == (Array(left.utf8) == Array(right.utf8)), "\(left) / \(right)")
        }
    }
}
