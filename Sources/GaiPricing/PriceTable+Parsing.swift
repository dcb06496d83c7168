extension PriceTable {
    /// The number of tab-separated fields on a table line: key, provider, input, output,
    /// cache read, cache write, reasoning, max input tokens, max output tokens.
    static let fieldCount = 9

    /// Prices from the generated table text (the format `scripts/generate-prices.py` writes).
    ///
    /// The parser never traps: a line with the wrong number of fields, an empty key, a price
    /// that isn't a finite non-negative number, a token limit that isn't a non-negative
    /// integer, or neither an input nor an output price is skipped, and the rest of the table
    /// still loads. A price table is a convenience; one bad line must not take the gateway down.
    /// Exactly one of input and output missing means that side is free (embeddings have no
    /// output price). The provider column is informational: keys already carry the prefix.
    ///
    /// - Parameter text: The table, one model per line.
    /// - Returns: Prices by key; a repeated key keeps its last line.
    static func parse(_ text: String) -> [String: ModelPrice] {
        var entries: [String: ModelPrice] = [:]
        // `isNewline` also splits "\r\n", which is one Character and would never equal "\n".
        for line in text.split(whereSeparator: \.isNewline) {
            if let (key, price) = parseLine(line) { entries[key] = price }
        }
        return entries
    }

    /// One table line as a key and price, or `nil` when the line is malformed.
    static func parseLine(_ line: Substring) -> (String, ModelPrice)? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == fieldCount, !fields[0].isEmpty else { return nil }
        guard let input = price(fields[2]), let output = price(fields[3]),
            let cacheRead = price(fields[4]), let cacheWrite = price(fields[5]),
            let reasoning = price(fields[6]),
            let maxInput = tokens(fields[7]), let maxOutput = tokens(fields[8])
        else { return nil }
        guard input != nil || output != nil else { return nil }
        let modelPrice = ModelPrice(
            inputPerToken: input ?? 0, outputPerToken: output ?? 0,
            cachedInputPerToken: cacheRead, cacheWritePerToken: cacheWrite,
            reasoningPerToken: reasoning, maxInputTokens: maxInput, maxOutputTokens: maxOutput)
        return (String(fields[0]), modelPrice)
    }

    /// A price field: `.some(nil)` when empty, `.some(value)` when a finite non-negative
    /// number, `nil` (malformed) otherwise.
    private static func price(_ field: Substring) -> Double?? {
        if field.isEmpty { return .some(nil) }
        guard let value = Double(field), value.isFinite, value >= 0 else { return nil }
        return .some(value)
    }

    /// A token-limit field: `.some(nil)` when empty, `.some(value)` when a non-negative
    /// integer, `nil` (malformed) otherwise.
    private static func tokens(_ field: Substring) -> Int?? {
        if field.isEmpty { return .some(nil) }
        guard let value = Int(field), value >= 0 else { return nil }
        return .some(value)
    }
}
