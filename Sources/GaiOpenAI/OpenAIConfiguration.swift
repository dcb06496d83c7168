/// Settings of one OpenAI-compatible upstream (`kind: openai`): OpenAI itself, OpenRouter, Groq,
/// Together, vLLM, Ollama's `/v1`, a llama.cpp server; or of an Azure OpenAI resource
/// (`kind: azure`, same wire format, different URL and auth).
public struct OpenAIConfiguration: Sendable {
    /// The provider's configured name.
    public var name: String
    /// The API root including `/v1`, e.g. `https://api.openai.com/v1`.
    public var baseURL: String
    /// Sent as `Authorization: Bearer …`; omitted when empty (local servers).
    public var apiKey: String?
    /// Headers added to every upstream request (`OpenAI-Organization`, `HTTP-Referer`, …).
    public var extraHeaders: [(String, String)]
    /// The longest a whole upstream exchange may take, stream included.
    public var timeout: Duration
    /// The largest non-streamed answer accepted.
    public var maxResponseBytes: Int
    /// Set for Azure OpenAI (`kind: azure`): the `api-version` query value. The base URL is then
    /// the resource (`https://NAME.openai.azure.com`), the model name is the deployment name, and
    /// the key goes in the `api-key` header.
    public var azureAPIVersion: String?

    public init(
        name: String, baseURL: String, apiKey: String? = nil, extraHeaders: [(String, String)] = [],
        timeout: Duration = .seconds(600), maxResponseBytes: Int = 64 * 1024 * 1024, azureAPIVersion: String? = nil
    ) {
        self.name = name
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.extraHeaders = extraHeaders
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.azureAPIVersion = azureAPIVersion
    }
}
