import Foundation

/// The JSON settings used everywhere in Gai, and error messages that name the field at fault.
public enum GaiJSON {
    /// An encoder that writes `/` unescaped (Foundation on Linux escapes it by default).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }

    /// Decodes a client's request body, turning Foundation's errors into an `invalid_request`
    /// that names the offending field (`messages[0].content`) and what was expected.
    public static func decodeRequest<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws(GaiError) -> T {
        let data = Data(bytes)
        do {
            return try makeDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            // Foundation on Linux reports a number that does not fit the field (`1.5` or `1e30` for an
            // integer) as "not valid JSON" with no path; don't tell the client its valid JSON is invalid.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil
            {
                throw GaiError.invalidRequest(
                    "The request body holds a value that could not be read: a number that is not an integer, or is out of range, where an integer is expected.")
            }
            throw describe(error)
        } catch {
            throw GaiError.invalidRequest("The request body could not be parsed: \(error)")
        }
    }

    /// An `invalid_request` error describing a decoding failure for a client.
    public static func describe(_ error: DecodingError) -> GaiError {
        switch error {
        case .typeMismatch(let type, let context):
            let path = pathString(context.codingPath)
            if path.isEmpty {
                return .invalidRequest("The request body must be a JSON object.")
            }
            return .invalidRequest("Invalid type for '\(path)': expected \(expectation(for: type, context)).", param: path)
        case .valueNotFound(let type, let context):
            let path = pathString(context.codingPath)
            return .invalidRequest("Invalid value for '\(path)': expected \(expectation(for: type, context)), got null.", param: path)
        case .keyNotFound(let key, let context):
            let path = pathString(context.codingPath + [key])
            return .invalidRequest("Missing required parameter: '\(path)'.", param: path)
        case .dataCorrupted(let context):
            let path = pathString(context.codingPath)
            if path.isEmpty {
                return .invalidRequest("The request body is not valid JSON.")
            }
            return .invalidRequest("Invalid value for '\(path)': \(context.debugDescription)", param: path)
        @unknown default:
            return .invalidRequest("The request body could not be decoded.")
        }
    }

    private static func expectation(for type: Any.Type, _ context: DecodingError.Context) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default:
            context.debugDescription.hasPrefix("expected ") ? String(context.debugDescription.dropFirst(9)) : "a value of another type"
        }
    }

    /// `messages[0].content` from a coding path.
    public static func pathString(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if key.stringValue.hasPrefix("Index ") {
                text += "[\(key.stringValue.dropFirst(6))]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}
