import GaiCore
import Synchronization
import Testing

@Suite("BoundedMemo")
struct BoundedMemoTests {
    @Test("a value is made once per key and kept; at capacity the memo starts over")
    func makesOnceAndStaysBounded() {
        let memo = BoundedMemo<Int, String>(capacity: 3)
        let made = Mutex(0)
        func value(_ key: Int) -> String {
            memo.value(for: key) {
                made.withLock { $0 += 1 }
                return "v\(key)"
            }
        }
        #expect(value(1) == "v1" && value(1) == "v1" && value(2) == "v2")
        #expect(made.withLock { $0 } == 2)
        _ = value(3)
        #expect(memo.count == 3)
        _ = value(4)  // full: starts over with this one
        #expect(memo.count == 1)
        _ = value(1)
        #expect(made.withLock { $0 } == 5)
    }
}
