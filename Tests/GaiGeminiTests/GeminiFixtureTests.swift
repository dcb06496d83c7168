import Foundation
import GaiTesting
import Testing

@Suite struct GeminiFixtureTests {
    @Test func fixturesAreBundled() throws {
        #expect(try Fixtures.text("stream-basic.sse", in: .module).contains("candidates"))
    }
}
