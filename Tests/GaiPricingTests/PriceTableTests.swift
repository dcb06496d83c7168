import Testing

@testable import GaiPricing

@Suite struct PriceTableTests {
    let bundled = PriceTable.bundled

    @Test func bundledTableIsLarge() {
        #expect(bundled.count > 500)
    }

    @Test func bundledPricesAreExactlyTheSourceValues() throws {
        let price = try #require(bundled.price(for: "gpt-4o-mini"))
        #expect(price.inputPerToken == 1.5e-07)
        #expect(price.outputPerToken == 6e-07)
        #expect(price.cachedInputPerToken == 7.5e-08)
        #expect(price.maxInputTokens == 128_000)
        #expect(price.maxOutputTokens == 16_384)
    }

    @Test(arguments: [
        // Provider-qualified keys win over the bare name.
        ("gpt-4o", "azure", "azure/gpt-4o"),
        ("gpt-4o-mini", "azure", "azure/gpt-4o-mini"),
        ("gemini-2.5-flash", "gemini", "gemini/gemini-2.5-flash"),
        ("gemini/gemini-2.5-pro", "gemini", "gemini/gemini-2.5-pro"),
        // Anthropic and OpenAI keys are bare: the provider prefix falls through to the name.
        ("claude-sonnet-4-5-20250929", "anthropic", "claude-sonnet-4-5-20250929"),
        ("claude-haiku-4-5", "anthropic", "claude-haiku-4-5"),
        ("gpt-4o", "openai", "gpt-4o"),
        // A routed name loses its prefix.
        ("openai/gpt-4o-mini", nil, "gpt-4o-mini"),
        // Dated snapshots and aliases fall back to the family.
        ("gpt-4o-mini-2024-07-18", "openai", "gpt-4o-mini-2024-07-18"),
        ("claude-haiku-4-5-20991231", "anthropic", "claude-haiku-4-5"),
        ("claude-sonnet-4-5-latest", "anthropic", "claude-sonnet-4-5"),
        ("o3-mini-2099-01-31", nil, "o3-mini"),
    ] as [(String, String?, String)])
    func lookupFindsTheExpectedKey(model: String, provider: String?, key: String) throws {
        let expected = try #require(bundled.entries[key])
        #expect(bundled.price(for: model, provider: provider) == expected)
    }

    @Test(arguments: ["no-such-model", "", "-latest", "gpt-4o-mini-2024", "azure/"])
    func unknownModelsHaveNoPrice(model: String) {
        #expect(bundled.price(for: model, provider: "azure") == nil)
    }

    @Test func overridesWinWhenMerged() throws {
        let override = ModelPrice.perMillion(input: 1, output: 2)
        let custom = ModelPrice.perMillion(input: 5, output: 5)
        let merged = bundled.merging(["gpt-4o-mini": override, "my-local-model": custom])
        #expect(merged.price(for: "gpt-4o-mini") == override)
        #expect(merged.price(for: "my-local-model") == custom)
        #expect(merged.count == bundled.count + 1)
        // The original table is a value and stays unchanged.
        #expect(bundled.price(for: "gpt-4o-mini")?.inputPerToken == 1.5e-07)
    }

    @Test func malformedLinesAreSkipped() {
        let text = [
            "good\tp\t1e-06\t2e-06\t\t\t\t1000\t100",
            "embedding\tp\t2e-08\t\t\t\t\t8191\t",
            "too\tfew\tfields",
            "too\tmany\t1\t1\t\t\t\t\t\textra",
            "\tp\t1e-06\t2e-06\t\t\t\t\t",
            "word\tp\tcheap\t2e-06\t\t\t\t\t",
            "negative\tp\t-1e-06\t2e-06\t\t\t\t\t",
            "infinite\tp\tinf\t2e-06\t\t\t\t\t",
            "free-limit\tp\t1e-06\t2e-06\t\t\t\t12.5\t",
            "unpriced\tp\t\t\t1e-07\t\t\t\t",
            "",
            "windows\tp\t3e-06\t4e-06\t\t\t\t\t\r",
        ].joined(separator: "\n")
        let entries = PriceTable.parse(text)
        #expect(Set(entries.keys) == ["good", "embedding", "windows"])
        #expect(entries["good"] == ModelPrice(inputPerToken: 1e-06, outputPerToken: 2e-06, maxInputTokens: 1000, maxOutputTokens: 100))
        #expect(entries["embedding"]?.outputPerToken == 0)
        #expect(entries["windows"]?.outputPerToken == 4e-06)
    }

    @Test func everyBundledLineParses() {
        let lines = PriceTable.bundledText.split(whereSeparator: \.isNewline)
        #expect(lines.allSatisfy { PriceTable.parseLine($0) != nil })
        #expect(bundled.count == lines.count)
    }
}
