// The Anthropic adapter is being written; this file keeps the target buildable.
enum AnthropicPlaceholder {}
