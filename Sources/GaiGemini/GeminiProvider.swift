// The Gemini adapter is being written; this file keeps the target buildable.
enum GeminiPlaceholder {}
