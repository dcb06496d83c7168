/// Settings of one upstream speaking the native Anthropic Messages API (`kind: anthropic`).
public struct AnthropicConfiguration: Sendable {
    /// The provider's configured name, used in errors, logs and `name/model` routing.
    public var name: String
    /// The API root including `/v1`; requests go to `{baseURL}/messages`. A trailing `/` is dropped.
    public var baseURL: String
    /// Sent as `x-api-key`; omitted when `nil` or empty (a proxy that adds its own credentials).
    public var apiKey: String?
    /// Sent as `anthropic-version`, which the API requires on every request.
    public var anthropicVersion: String
    /// Headers added to every upstream request (`anthropic-beta`, …).
    public var extraHeaders: [(String, String)]
    /// The longest a whole upstream exchange may take, stream included.
    public var timeout: Duration
    /// The largest non-streamed answer accepted.
    public var maxResponseBytes: Int
    /// `max_tokens` for requests that set neither `max_completion_tokens` nor `max_tokens`:
    /// Anthropic requires the field, OpenAI-shaped clients usually leave it out.
    public var defaultMaxTokens: Int

    /// Settings with Anthropic's public endpoint, API version 2023-06-01, the 10-minute timeout
    /// Anthropic's SDKs use, and 4096 default output tokens.
    public init(
        name: String, baseURL: String = "https://api.anthropic.com/v1", apiKey: String? = nil,
        anthropicVersion: String = "2023-06-01", extraHeaders: [(String, String)] = [],
        timeout: Duration = .seconds(600), maxResponseBytes: Int = 64 * 1024 * 1024, defaultMaxTokens: Int = 4096
    ) {
        self.name = name
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.anthropicVersion = anthropicVersion
        self.extraHeaders = extraHeaders
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.defaultMaxTokens = defaultMaxTokens
    }
}
