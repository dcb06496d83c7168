/// What one model costs, in US dollars **per single token**.
///
/// Every price field is USD per one token, the unit LiteLLM's table uses (`1.5e-07` for
/// gpt-4o-mini input), never per thousand or per million. Prices quoted per million tokens,
/// as vendors and configuration files write them, go through
/// ``perMillion(input:output:cachedInput:cacheWrite:reasoning:)``, the one place where the
/// unit changes, so the two can't be mixed up.
public struct ModelPrice: Sendable, Hashable, Codable {
    /// USD per uncached prompt token.
    public var inputPerToken: Double
    /// USD per visible completion token, and per reasoning token when
    /// ``reasoningPerToken`` is `nil`.
    public var outputPerToken: Double
    /// USD per prompt token read from the provider's cache; `nil` bills cache reads at
    /// ``inputPerToken`` (the provider has no cache discount).
    public var cachedInputPerToken: Double?
    /// USD per prompt token written to the provider's cache (Anthropic's cache creation);
    /// `nil` bills cache writes at ``inputPerToken`` (the provider has no write surcharge).
    public var cacheWritePerToken: Double?
    /// USD per reasoning (thinking) token; `nil` bills reasoning at ``outputPerToken``, which is
    /// how most vendors charge it.
    public var reasoningPerToken: Double?
    /// The context window for input, in tokens, when known.
    public var maxInputTokens: Int?
    /// The longest completion the model can produce, in tokens, when known.
    public var maxOutputTokens: Int?

    /// A price from per-token USD amounts.
    ///
    /// - Parameters:
    ///   - inputPerToken: USD per uncached prompt token.
    ///   - outputPerToken: USD per completion token.
    ///   - cachedInputPerToken: USD per cache-read prompt token, or `nil` for the input rate.
    ///   - cacheWritePerToken: USD per cache-write prompt token, or `nil` for the input rate.
    ///   - reasoningPerToken: USD per reasoning token, or `nil` for the output rate.
    ///   - maxInputTokens: The input context window in tokens, when known.
    ///   - maxOutputTokens: The longest completion in tokens, when known.
    public init(
        inputPerToken: Double, outputPerToken: Double, cachedInputPerToken: Double? = nil,
        cacheWritePerToken: Double? = nil, reasoningPerToken: Double? = nil,
        maxInputTokens: Int? = nil, maxOutputTokens: Int? = nil
    ) {
        self.inputPerToken = inputPerToken
        self.outputPerToken = outputPerToken
        self.cachedInputPerToken = cachedInputPerToken
        self.cacheWritePerToken = cacheWritePerToken
        self.reasoningPerToken = reasoningPerToken
        self.maxInputTokens = maxInputTokens
        self.maxOutputTokens = maxOutputTokens
    }

    /// A price from USD amounts **per million tokens**, the unit vendors publish and
    /// configuration overrides use (`input: 0.15` means $0.15 per 1M tokens).
    ///
    /// The result stores per-token values. The conversion shifts the decimal exponent and
    /// parses again instead of dividing by 1,000,000, so `perMillion(input: 0.15, …)` holds
    /// exactly the double `1.5e-07`, the same value the bundled table has; a plain division
    /// is one unit in the last place off for about a quarter of typical prices, and equal
    /// prices would then compare unequal.
    ///
    /// - Parameters:
    ///   - input: USD per million uncached prompt tokens.
    ///   - output: USD per million completion tokens.
    ///   - cachedInput: USD per million cache-read prompt tokens, or `nil` for the input rate.
    ///   - cacheWrite: USD per million cache-write prompt tokens, or `nil` for the input rate.
    ///   - reasoning: USD per million reasoning tokens, or `nil` for the output rate.
    /// - Returns: A price whose fields are USD per single token.
    public static func perMillion(
        input: Double, output: Double, cachedInput: Double? = nil,
        cacheWrite: Double? = nil, reasoning: Double? = nil
    ) -> ModelPrice {
        ModelPrice(
            inputPerToken: perToken(fromPerMillion: input),
            outputPerToken: perToken(fromPerMillion: output),
            cachedInputPerToken: cachedInput.map(perToken(fromPerMillion:)),
            cacheWritePerToken: cacheWrite.map(perToken(fromPerMillion:)),
            reasoningPerToken: reasoning.map(perToken(fromPerMillion:)))
    }

    /// USD per token from USD per million tokens, exact to the decimal the caller wrote.
    ///
    /// `description` is the shortest text that reads back as `value`, so moving its decimal
    /// exponent by −6 and parsing gives the double nearest to the decimal the user meant.
    static func perToken(fromPerMillion value: Double) -> Double {
        guard value.isFinite else { return value / 1_000_000 }
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? text
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        return Double("\(mantissa)e\(exponent - 6)") ?? value / 1_000_000
    }
}
