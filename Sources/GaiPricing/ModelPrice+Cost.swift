import GaiCore

extension ModelPrice {
    /// The USD cost of one request, with token counts in Gai's (OpenAI's) usage semantics.
    ///
    /// The counts follow ``GaiCore/Usage`` exactly, so a usage can be passed through unchanged:
    /// - `promptTokens` is the whole prompt and **includes** both `cachedTokens` (cache reads)
    ///   and `cacheWriteTokens` (cache writes). OpenAI counts cached tokens inside
    ///   `prompt_tokens`, and Gai's Anthropic adapter reports `prompt_tokens` as
    ///   `input_tokens + cache_creation_input_tokens + cache_read_input_tokens` (the reference
    ///   wire formats, §4.5). Cache reads are billed at ``cachedInputPerToken``, cache writes at
    ///   ``cacheWritePerToken``, and only the rest of the prompt at ``inputPerToken``.
    /// - `completionTokens` **includes** `reasoningTokens`. Reasoning is billed at
    ///   ``reasoningPerToken`` and the rest of the completion at ``outputPerToken``.
    ///
    /// Counts that don't add up (a vendor reporting more cached tokens than prompt tokens) never
    /// produce a negative charge: the uncached remainder is clamped at zero and every reported
    /// detail is still billed, and negative counts count as zero.
    ///
    /// - Parameters:
    ///   - promptTokens: All prompt tokens, cache reads and cache writes included.
    ///   - completionTokens: All completion tokens, reasoning included.
    ///   - cachedTokens: Prompt tokens read from the cache (part of `promptTokens`).
    ///   - cacheWriteTokens: Prompt tokens written to the cache (part of `promptTokens`).
    ///   - reasoningTokens: Completion tokens spent reasoning (part of `completionTokens`).
    /// - Returns: The cost in US dollars.
    public func cost(
        promptTokens: Int, completionTokens: Int, cachedTokens: Int = 0,
        cacheWriteTokens: Int = 0, reasoningTokens: Int = 0
    ) -> Double {
        let cached = max(0, cachedTokens)
        let written = max(0, cacheWriteTokens)
        let reasoning = max(0, reasoningTokens)
        let uncached = max(0, promptTokens - cached - written)
        let visible = max(0, completionTokens - reasoning)
        let input = Double(uncached) * inputPerToken
            + Double(cached) * (cachedInputPerToken ?? inputPerToken)
            + Double(written) * (cacheWritePerToken ?? inputPerToken)
        let output = Double(visible) * outputPerToken
            + Double(reasoning) * (reasoningPerToken ?? outputPerToken)
        return input + output
    }

    /// The USD cost of one request from its reported ``GaiCore/Usage``.
    ///
    /// Missing details (no `prompt_tokens_details`, say) count as zero, so the whole prompt is
    /// billed at the input rate and the whole completion at the output rate.
    ///
    /// - Parameter usage: The usage the provider reported, in Gai's normalized form.
    /// - Returns: The cost in US dollars.
    public func cost(for usage: Usage) -> Double {
        cost(
            promptTokens: usage.promptTokens, completionTokens: usage.completionTokens,
            cachedTokens: usage.cachedTokens ?? 0, cacheWriteTokens: usage.cacheWriteTokens ?? 0,
            reasoningTokens: usage.reasoningTokens ?? 0)
    }
}
