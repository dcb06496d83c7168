import GaiCore
import Testing

@testable import GaiPricing

@Suite struct ModelPriceTests {
    let gpt4oMini = ModelPrice(inputPerToken: 1.5e-07, outputPerToken: 6e-07, cachedInputPerToken: 7.5e-08)

    @Test func costBillsCachedPromptTokensAtTheCachedRate() {
        // 800,000 uncached × 1.5e-7 + 200,000 cached × 7.5e-8 + 500,000 × 6e-7
        // = 0.12 + 0.015 + 0.3, worked out by hand.
        let cost = gpt4oMini.cost(promptTokens: 1_000_000, completionTokens: 500_000, cachedTokens: 200_000)
        #expect(abs(cost - 0.435) < 1e-9)
    }

    @Test func costOfUsageMatchesTheExplicitCounts() {
        let usage = Usage(promptTokens: 1_000_000, completionTokens: 500_000, cachedTokens: 200_000)
        #expect(abs(gpt4oMini.cost(for: usage) - 0.435) < 1e-9)
    }

    @Test func cacheWritesArePartOfPromptTokensAndBilledAtTheWriteRate() {
        // Anthropic-shaped: 100 uncached + 300 read + 600 written = 1,000 prompt tokens.
        let price = ModelPrice.perMillion(input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75)
        let usage = Usage(promptTokens: 1_000, completionTokens: 10, cachedTokens: 300, cacheWriteTokens: 600)
        let expected = 100 * 3e-6 + 300 * 3e-7 + 600 * 3.75e-6 + 10 * 1.5e-5
        #expect(abs(price.cost(for: usage) - expected) < 1e-12)
    }

    @Test func reasoningTokensUseTheReasoningRateOrFallBackToOutput() {
        let withRate = ModelPrice(inputPerToken: 0, outputPerToken: 2e-6, reasoningPerToken: 1e-6)
        let withoutRate = ModelPrice(inputPerToken: 0, outputPerToken: 2e-6)
        // 1,000 completion tokens, 400 of them reasoning.
        #expect(abs(withRate.cost(promptTokens: 0, completionTokens: 1_000, reasoningTokens: 400) - 0.0016) < 1e-12)
        #expect(abs(withoutRate.cost(promptTokens: 0, completionTokens: 1_000, reasoningTokens: 400) - 0.002) < 1e-12)
    }

    @Test func missingCacheRatesFallBackToTheInputRate() {
        let price = ModelPrice(inputPerToken: 1e-6, outputPerToken: 0)
        let cost = price.cost(promptTokens: 1_000, completionTokens: 0, cachedTokens: 200, cacheWriteTokens: 300)
        #expect(abs(cost - 0.001) < 1e-12)
    }

    @Test func inconsistentCountsNeverGoNegative() {
        // More cached than prompt tokens: the uncached remainder clamps to zero.
        let cost = gpt4oMini.cost(promptTokens: 10, completionTokens: -5, cachedTokens: 100)
        #expect(abs(cost - 100 * 7.5e-08) < 1e-15)
    }

    @Test func perMillionEqualsThePerTokenValuesExactly() {
        let price = ModelPrice.perMillion(input: 0.15, output: 0.6, cachedInput: 0.075)
        #expect(price.inputPerToken == 1.5e-07)
        #expect(price.outputPerToken == 6e-07)
        #expect(price.cachedInputPerToken == 7.5e-08)
        #expect(price.cacheWritePerToken == nil)
        #expect(price.reasoningPerToken == nil)
    }

    @Test(arguments: [
        (0.15, 1.5e-07), (0.6, 6e-07), (2.5, 2.5e-06), (10, 1e-05), (0.0, 0.0),
        (1.1, 1.1e-06), (4.4, 4.4e-06), (0.013, 1.3e-08), (1e-05, 1e-11), (3e16, 3e10),
    ])
    func perMillionConversionIsExact(perMillion: Double, perToken: Double) {
        #expect(ModelPrice.perToken(fromPerMillion: perMillion) == perToken)
    }
}
