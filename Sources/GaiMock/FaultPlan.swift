import Foundation
import GaiCore

/// Failures the mock provider injects on purpose, to rehearse failure handling: an error (always,
/// with a probability, or for the first N calls), added latency, a stream cut after K chunks, a
/// malformed answer, or a hang.
///
/// Written as `key=value` pairs, in config (`providers[].faults.*`) or, when `chaos.enabled` is
/// on, per request in the `x-gai-fault` header separated by `;` or `,`:
///
///     x-gai-fault: error=provider_unavailable; first_n=2; id=test-42
///
/// Keys: `error` (a taxonomy code), `status` (the upstream HTTP status it is reported with),
/// `probability` (0…1, default 1), `first_n` (only the first N matching calls fail), `retry_after_ms`,
/// `latency_ms`, `cut_after_chunks`, `malformed` (true/false), `hang` (true/false), and `id`, a
/// free label: calls are counted per distinct plan text, so `id` gives a test its own counter;
/// `provider` limits the plan to the mock provider of that name.
public struct FaultPlan: Sendable, Hashable {
    public var error: ErrorCode?
    public var status: Int?
    public var probability: Double = 1
    public var firstN: Int?
    public var retryAfter: Duration?
    public var latency: Duration = .zero
    public var cutAfterChunks: Int?
    public var malformed = false
    public var hang = false
    /// Only calls to the mock provider with this name are affected (`provider`), so one header
    /// can fail the first deployment of a model and leave its fallback alone.
    public var provider: String?
    /// The plan's text, which keys its call counter.
    public var label: String

    /// The keys a plan may contain.
    public static let keys: Set<String> = [
        "error", "status", "probability", "first_n", "retry_after_ms", "latency_ms", "cut_after_chunks", "malformed", "hang", "id", "provider",
    ]

    /// Parses `key=value` settings; the message names the offending key.
    public init(settings: [String: String], label: String? = nil) throws(FaultPlanError) {
        self.label = label ?? settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        for (key, rawValue) in settings {
            let value = rawValue.trimmingCharacters(in: .whitespaces)
            switch key {
            case "error":
                guard let code = ErrorCode(rawValue: value) else {
                    throw FaultPlanError(key: key, message: "'\(value)' is not an error code (\(ErrorCode.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                error = code
            case "status": status = try Self.integer(key, value, in: 100...599)
            case "probability":
                guard let number = Double(value), number >= 0, number <= 1 else {
                    throw FaultPlanError(key: key, message: "must be a number between 0 and 1, got '\(value)'")
                }
                probability = number
            case "first_n": firstN = try Self.integer(key, value, in: 0...1_000_000)
            case "retry_after_ms": retryAfter = .milliseconds(try Self.integer(key, value, in: 0...86_400_000))
            case "latency_ms": latency = .milliseconds(try Self.integer(key, value, in: 0...600_000))
            case "cut_after_chunks": cutAfterChunks = try Self.integer(key, value, in: 0...1_000_000)
            case "malformed": malformed = try Self.boolean(key, value)
            case "hang": hang = try Self.boolean(key, value)
            case "id": break
            case "provider": provider = value
            default:
                throw FaultPlanError(key: key, message: "unknown fault key (known: \(Self.keys.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// Parses the `x-gai-fault` header form: `key=value` pairs separated by `;` or `,`.
    public init(header: String) throws(FaultPlanError) {
        var settings: [String: String] = [:]
        for part in header.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty else {
                throw FaultPlanError(key: String(part), message: "expected key=value")
            }
            settings[pair[0].lowercased()] = pair[1]
        }
        try self.init(settings: settings, label: header.trimmingCharacters(in: .whitespaces))
    }

    /// Whether the plan injects anything at all.
    public var isEmpty: Bool {
        error == nil && latency == .zero && cutAfterChunks == nil && !malformed && !hang
    }

    /// The error a failing call throws: the code, reported as the upstream status an adapter
    /// would have seen, transient or not as the taxonomy says.
    func makeError(provider: String) -> GaiError {
        let code = error ?? .providerUnavailable
        return GaiError(
            code, "Injected fault: \(code.rawValue)", provider: provider, upstreamStatus: status ?? Self.defaultStatus(code),
            retryAfter: retryAfter)
    }

    static func defaultStatus(_ code: ErrorCode) -> Int {
        switch code {
        case .invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound: 404
        case .rateLimited: 429
        case .overloaded, .providerUnavailable: 503
        case .timeout: 504
        case .network: 502
        case .internal: 500
        }
    }

    private static func integer(_ key: String, _ value: String, in range: ClosedRange<Int>) throws(FaultPlanError) -> Int {
        guard let number = Int(value), range.contains(number) else {
            throw FaultPlanError(key: key, message: "must be an integer between \(range.lowerBound) and \(range.upperBound), got '\(value)'")
        }
        return number
    }

    private static func boolean(_ key: String, _ value: String) throws(FaultPlanError) -> Bool {
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw FaultPlanError(key: key, message: "must be true or false, got '\(value)'")
        }
    }
}

/// A fault plan that cannot be parsed.
public struct FaultPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var message: String
    public var description: String { "\(key): \(message)" }
}
