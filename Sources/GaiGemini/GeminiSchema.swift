import GaiCore

/// Rewrites a client's JSON Schema into the OpenAPI subset Gemini's `Schema` accepts.
///
/// OpenAI clients send full JSON Schema (`additionalProperties: false` is routine with strict
/// tools), but `functionDeclarations[].parameters` and `responseSchema` reject members they do
/// not know with a 400. Best effort, applied recursively at schema positions only (a property
/// *named* `additionalProperties` survives):
/// - `additionalProperties`, `$schema`, `$id`, `$comment` and `strict` are dropped;
/// - `"type": ["string", "null"]` becomes `"type": "string", "nullable": true`;
/// - `"const": v` becomes `"enum": [v]`.
///
/// `$ref`/`$defs` are left as they are: inlining references is not attempted.
enum GeminiSchema {
    static let droppedKeys: Set<String> = ["additionalProperties", "$schema", "$id", "$comment", "strict"]

    static func sanitized(_ schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        var result: [String: JSONValue] = [:]
        for (key, value) in members where !droppedKeys.contains(key) {
            switch key {
            case "properties", "$defs", "definitions":
                if case .object(let properties) = value {
                    result[key] = .object(properties.mapValues(sanitized))
                } else {
                    result[key] = value
                }
            case "items", "not":
                result[key] = sanitized(value)
            case "anyOf", "oneOf", "allOf", "prefixItems":
                if case .array(let schemas) = value {
                    result[key] = .array(schemas.map(sanitized))
                } else {
                    result[key] = value
                }
            case "type":
                if case .array(let types) = value {
                    let named = types.filter { $0 != .string("null") }
                    if named.count < types.count { result["nullable"] = .bool(true) }
                    result[key] = named.count == 1 ? named[0] : value
                } else {
                    result[key] = value
                }
            case "const":
                if result["enum"] == nil, members["enum"] == nil { result["enum"] = .array([value]) }
            default:
                result[key] = value
            }
        }
        return .object(result)
    }

    /// Whether `schema` is an object schema without properties, which Gemini refuses
    /// ("properties: should be non-empty for OBJECT type"); such `parameters` are left out.
    static func isEmptyObject(_ schema: JSONValue) -> Bool {
        guard case .object(let members) = schema else { return false }
        if let type = members["type"], type != .string("object") { return false }
        if case .object(let properties)? = members["properties"], !properties.isEmpty { return false }
        return members["anyOf"] == nil && members["oneOf"] == nil && members["allOf"] == nil
    }
}
