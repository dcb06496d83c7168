import GaiAnthropicWire
import GaiCore

/// Translates the Anthropic Messages API, as Gai's clients speak it on `POST /v1/messages`, to
/// and from the unified (OpenAI-shaped) schema every provider adapter implements.
///
/// The gateway decodes the client's body into the shared wire types
/// (`AnthropicMessagesRequest`), maps it with ``chatRequest(from:)``, lets the routed provider
/// answer, and maps the answer back with ``message(from:clientModel:)`` or, for a stream, a
/// ``MessagesStreamEncoder``. The translation knows nothing of HTTP, so it is tested on values.
package enum MessagesTranslation {}
