/// Settings of one native Gemini API upstream (`kind: gemini`).
public struct GeminiConfiguration: Sendable {
    /// The provider's configured name.
    public var name: String
    /// The API root including the version, e.g. `https://generativelanguage.googleapis.com/v1beta`.
    public var baseURL: String
    /// Sent as `x-goog-api-key`, never as the `?key=` query parameter: URLs end up in logs.
    /// Omitted when `nil` or empty (a proxy in front of Gemini that adds it).
    public var apiKey: String?
    /// Headers added to every upstream request.
    public var extraHeaders: [(String, String)]
    /// The longest a whole upstream exchange may take, stream included.
    public var timeout: Duration
    /// The largest non-streamed answer accepted.
    public var maxResponseBytes: Int

    /// The public Gemini Developer API root.
    public static let defaultBaseURL = "https://generativelanguage.googleapis.com/v1beta"

    /// Settings with Gemini's defaults; trailing slashes of `baseURL` are removed.
    public init(
        name: String, baseURL: String = GeminiConfiguration.defaultBaseURL, apiKey: String? = nil,
        extraHeaders: [(String, String)] = [], timeout: Duration = .seconds(600), maxResponseBytes: Int = 64 * 1024 * 1024
    ) {
        self.name = name
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.extraHeaders = extraHeaders
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }
}
