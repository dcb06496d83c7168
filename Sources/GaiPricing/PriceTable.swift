/// Model prices by name, with the lookup rules that turn a request's model and provider into
/// a table key.
///
/// Keys are LiteLLM's: bare names for OpenAI and Anthropic (`gpt-4o-mini`,
/// `claude-haiku-4-5`), `provider/model` for most others (`azure/gpt-4o`,
/// `gemini/gemini-2.5-flash`). ``bundled`` holds LiteLLM's table as shipped with Gai;
/// ``merging(_:)`` lays configured prices over it.
public struct PriceTable: Sendable {
    /// The prices, keyed by model name as the table spells it.
    public let entries: [String: ModelPrice]

    /// The table generated from LiteLLM's price list (see `scripts/generate-prices.py`).
    ///
    /// A `static let` is initialized once, on first use and thread-safely, so processes that
    /// never price anything never pay for parsing. Malformed lines are skipped, never fatal.
    public static let bundled = PriceTable(entries: parse(bundledText))

    /// A table with exactly these prices.
    ///
    /// - Parameter entries: Prices keyed by model name, in the same form as the lookup keys.
    public init(entries: [String: ModelPrice]) {
        self.entries = entries
    }

    /// The number of models the table prices.
    public var count: Int { entries.count }

    /// This table with `overrides` laid over it; an override replaces the whole entry of the
    /// same key, so a configured price never mixes with a bundled one.
    ///
    /// - Parameter overrides: Prices keyed by model name, typically from configuration.
    /// - Returns: The merged table.
    public func merging(_ overrides: [String: ModelPrice]) -> PriceTable {
        PriceTable(entries: entries.merging(overrides) { _, override in override })
    }

    /// The price of a model, or `nil` when no rule finds one.
    ///
    /// Rules, first match wins:
    /// 1. `provider/model`, when a provider is given and the model doesn't already start with
    ///    it: `azure` + `gpt-4o` → `azure/gpt-4o`, `gemini` + `gemini-2.5-flash` →
    ///    `gemini/gemini-2.5-flash`. This comes before the bare name because the qualified
    ///    entry is the provider's own price (Azure's, not OpenAI's, for `gpt-4o`).
    /// 2. The model exactly as given.
    /// 3. The model without its first `prefix/` (`openai/gpt-4o` → `gpt-4o`), for clients that
    ///    send routed names.
    /// 4. Rules 1–3 again for the model with a trailing date or alias removed: `-YYYY-MM-DD`,
    ///    `-YYYYMMDD` or `-latest` (`claude-haiku-4-5-20991231` → `claude-haiku-4-5`). A
    ///    snapshot almost always costs what its family costs; exact snapshot keys still win
    ///    because rules 1–3 run on the full name first.
    ///
    /// - Parameters:
    ///   - model: The model name from the request or the upstream response.
    ///   - provider: The provider kind as LiteLLM names it (`openai`, `azure`, `anthropic`,
    ///     `gemini`, …), or `nil` when unknown.
    /// - Returns: The price, or `nil`.
    public func price(for model: String, provider: String? = nil) -> ModelPrice? {
        if let found = lookup(model, provider: provider) { return found }
        guard let undated = Self.removingVersionSuffix(model) else { return nil }
        return lookup(undated, provider: provider)
    }

    /// Rules 1–3 of ``price(for:provider:)`` for one spelling of the model.
    private func lookup(_ model: String, provider: String?) -> ModelPrice? {
        if let provider, !provider.isEmpty, !model.hasPrefix(provider + "/"),
            let found = entries[provider + "/" + model]
        {
            return found
        }
        if let found = entries[model] { return found }
        if let slash = model.firstIndex(of: "/") {
            let rest = String(model[model.index(after: slash)...])
            if !rest.isEmpty, let found = entries[rest] { return found }
        }
        return nil
    }

    /// The model name without a trailing `-YYYY-MM-DD`, `-YYYYMMDD` or `-latest`, or `nil`
    /// when it has none (or nothing would be left).
    static func removingVersionSuffix(_ model: String) -> String? {
        if model.hasSuffix("-latest") {
            let base = String(model.dropLast("-latest".count))
            return base.isEmpty ? nil : base
        }
        // Longest pattern first: "-2024-07-18" would otherwise never match the 8-digit form.
        for pattern in ["-dddd-dd-dd", "-dddddddd"] where model.count > pattern.count {
            let tail = model.suffix(pattern.count)
            let matches = zip(tail, pattern).allSatisfy { character, expected in
                expected == "d" ? character.isASCII && character.isNumber : character == expected
            }
            if matches { return String(model.dropLast(pattern.count)) }
        }
        return nil
    }
}
