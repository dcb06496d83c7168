import GaiCore
import Testing

@Suite("BatchBuffer")
struct BatchBufferTests {
    @Test("bounded: past capacity elements are dropped and counted; takeAll empties it in order")
    func bounded() {
        let buffer = BatchBuffer<Int>(capacity: 2)
        #expect(buffer.append(1) && buffer.append(2))
        #expect(!buffer.append(3))
        #expect(buffer.count == 2 && buffer.droppedCount == 1 && buffer.acceptedCount == 2)
        #expect(buffer.takeAll() == [1, 2])
        #expect(buffer.count == 0)
    }

    @Test("only the first element after a take wakes the consumer; finish ends the arrivals")
    func wakesOncePerBatch() async {
        let buffer = BatchBuffer<Int>(capacity: 10)
        buffer.append(1)
        buffer.append(2)
        var arrivals = buffer.arrivals.makeAsyncIterator()
        #expect(await arrivals.next() != nil)
        #expect(buffer.takeAll() == [1, 2])
        buffer.append(3)
        buffer.finish()
        #expect(await arrivals.next() != nil, "the wake-up for 3, buffered before the end")
        #expect(await arrivals.next() == nil)
        #expect(buffer.takeAll() == [3])
    }
}
