import Testing

@testable import GaiGateway

/// `x-gai-overhead-ms` and the access log's `latency_ms`: milliseconds with three decimals.
@Suite("Milliseconds as text")
struct MillisecondsFormatTests {
    @Test(
        "whole milliseconds, a dot, three digits (microseconds)",
        arguments: [
            (Duration.zero, "0.000"), (.microseconds(1), "0.001"), (.microseconds(999), "0.999"), (.microseconds(1_500), "1.500"),
            (.nanoseconds(12_345_678), "12.345"), (.seconds(2), "2000.000"), (.seconds(86_400), "86400000.000"),
            (.nanoseconds(999_999), "0.999"), (.seconds(-1), "0.000"),
        ])
    func format(duration: Duration, expected: String) {
        #expect(GatewayMiddleware.milliseconds(duration) == expected)
    }
}
