#!/usr/bin/env python3
"""Generate Sources/GaiPricing/BundledPrices.swift from LiteLLM's model price JSON.

Usage (from the repository root):

    python3 scripts/generate-prices.py [PRICES_JSON] [OUTPUT_SWIFT]

PRICES_JSON defaults to ../shared/reference/model-prices-litellm-1.109.1.json and OUTPUT_SWIFT to
Sources/GaiPricing/BundledPrices.swift.

The output is one raw string literal holding a tab-separated table, not a dictionary literal: a
string literal of a few hundred kilobytes compiles in milliseconds, while a dictionary literal of
thousands of entries makes the type checker crawl. PriceTable parses the text once, lazily.

Columns, one model per line (an empty field means the JSON did not give the value):

    key  provider  input  output  cache_read  cache_write  reasoning  max_input  max_output

Prices are USD per token and written with Python's repr, the shortest text that round-trips to
the same double, so Swift's Double(String) reads back exactly the value in the JSON.
"""

import json
import math
import os
import sys

DEFAULT_SOURCE = "../shared/reference/model-prices-litellm-1.109.1.json"
DEFAULT_OUTPUT = "Sources/GaiPricing/BundledPrices.swift"

# Modes whose pricing is per text token; image, audio, rerank and search are billed per unit.
TOKEN_MODES = {"chat", "completion", "embedding", "responses"}

# Size budget for the generated file: above this we would keep only the providers Gai talks to.
MAX_BYTES = 400_000
PREFERRED_PROVIDERS = {
    "openai", "text-completion-openai", "azure", "azure_text", "anthropic", "gemini",
    "vertex_ai-language-models", "groq", "openrouter", "mistral", "deepseek", "xai",
    "together_ai", "fireworks_ai", "ollama",
}


def price(value):
    """A per-token price as exact text, or '' when absent or not a finite number."""
    # bool is an int subclass in Python; a `true` price is a data error, not 1 USD.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if not math.isfinite(value) or value < 0:
        return ""
    return repr(float(value)) if isinstance(value, float) else repr(value)


def count(value):
    """A token limit as an integer, or '' (the sample entry holds prose in these fields)."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int) and value >= 0:
        return str(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and value >= 0:
        return str(int(value))
    return ""


def clean(text):
    """Reject text that would break the table or the raw string literal."""
    return isinstance(text, str) and text and not any(c in text for c in '\t\n\r"#\\')


def rows(prices, providers=None):
    for key in sorted(prices):
        entry = prices[key]
        if not isinstance(entry, dict) or entry.get("mode") not in TOKEN_MODES:
            continue
        provider = entry.get("litellm_provider")
        if not clean(key) or not clean(provider):
            continue
        if providers is not None and provider not in providers:
            continue
        input_price = price(entry.get("input_cost_per_token"))
        output_price = price(entry.get("output_cost_per_token"))
        if not input_price and not output_price:
            continue
        yield "\t".join([
            key,
            provider,
            input_price,
            output_price,
            price(entry.get("cache_read_input_token_cost")),
            price(entry.get("cache_creation_input_token_cost")),
            price(entry.get("output_cost_per_reasoning_token")),
            count(entry.get("max_input_tokens")),
            count(entry.get("max_output_tokens")),
        ])


def render(lines, source_name):
    header = [
        "// GENERATED FILE - DO NOT EDIT.",
        f"// Source: {source_name} (LiteLLM's model_prices_and_context_window.json).",
        "// Regenerate from the repository root with:",
        "//     python3 scripts/generate-prices.py ../shared/reference/" + source_name,
        "//",
        "// One tab-separated line per model: key, provider, then USD per token for input, output,",
        "// cache read, cache write and reasoning, then max input and max output tokens. An empty",
        "// field means the source has no value. A string literal, not a dictionary literal, keeps",
        "// compile times short; `PriceTable.parse(_:)` reads it once, on first use.",
        "",
        "extension PriceTable {",
        f"    /// The bundled table text: {len(lines)} models from `{source_name}`.",
        "    static let bundledText: String = #\"\"\"",
        *lines,
        "\"\"\"#",
        "}",
        "",
    ]
    return "\n".join(header)


def main(argv):
    source = argv[1] if len(argv) > 1 else DEFAULT_SOURCE
    output = argv[2] if len(argv) > 2 else DEFAULT_OUTPUT
    with open(source, encoding="utf-8") as handle:
        prices = json.load(handle)
    source_name = os.path.basename(source)
    text = render(list(rows(prices)), source_name)
    if len(text.encode("utf-8")) > MAX_BYTES:
        text = render(list(rows(prices, PREFERRED_PROVIDERS)), source_name)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {output}: {text.count(chr(10))} lines, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main(sys.argv)
