import Foundation
import GaiTesting
import Testing

@Suite struct AnthropicFixtureTests {
    @Test func fixturesAreBundled() throws {
        #expect(try Fixtures.text("stream-text.sse", in: .module).contains("message_start"))
    }
}
