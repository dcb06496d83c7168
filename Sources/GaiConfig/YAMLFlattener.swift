import Foundation
import Yams

/// Turns a YAML document into flat dotted keys (`providers.0.base_url`), because
/// swift-configuration's providers hold scalar values and scalar arrays only, while Gai's
/// configuration has lists of objects. `${VAR}` and `${VAR:-default}` are interpolated in
/// scalar values here, where the key is known for error messages.
struct YAMLFlattener {
    let file: String
    let environment: [String: String]
    var values: [String: String] = [:]
    /// How many items each list has, by its key (`providers` → 2).
    var listCounts: [String: Int] = [:]
    var issues: [ConfigIssue] = []

    init(file: String, environment: [String: String]) {
        self.file = file
        self.environment = environment
    }

    mutating func flatten(yaml text: String) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            issues.append(ConfigIssue(file: file, key: "", message: "not valid YAML: \(error)"))
            return
        }
        guard let node else { return }  // an empty file is an empty configuration
        guard case .mapping = node else {
            issues.append(ConfigIssue(file: file, key: "", message: "the top level must be a mapping of keys"))
            return
        }
        walk(node, path: [])
    }

    private mutating func walk(_ node: Node, path: [String]) {
        switch node {
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else {
                    issues.append(ConfigIssue(file: file, key: ConfigKeys.display(path), message: "keys must be scalars"))
                    continue
                }
                walk(value, path: path + [key])
            }
        case .sequence(let sequence):
            listCounts[path.joined(separator: ".")] = sequence.count
            for (index, item) in sequence.enumerated() {
                walk(item, path: path + [String(index)])
            }
        case .scalar(let scalar):
            if scalar.style == .plain, ["~", "null", "Null", "NULL", ""].contains(scalar.string) { return }
            values[path.joined(separator: ".")] = interpolate(scalar.string, key: path)
        default:
            issues.append(ConfigIssue(file: file, key: ConfigKeys.display(path), message: "YAML aliases are not supported"))
        }
    }

    /// Replaces `${NAME}` and `${NAME:-fallback}`; `$${` stays a literal `${`.
    mutating func interpolate(_ text: String, key: [String]) -> String {
        guard text.contains("${") else { return text }
        var output = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            if start.lowerBound > rest.startIndex, rest[rest.index(before: start.lowerBound)] == "$" {
                output += rest[..<rest.index(before: start.lowerBound)] + "${"
                rest = rest[start.upperBound...]
                continue
            }
            output += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                issues.append(ConfigIssue(file: file, key: ConfigKeys.display(key), message: "unterminated '${' in value"))
                return text
            }
            let expression = rest[start.upperBound..<end]
            let name: Substring
            let fallback: Substring?
            if let separator = expression.range(of: ":-") {
                name = expression[..<separator.lowerBound]
                fallback = expression[separator.upperBound...]
            } else {
                name = expression
                fallback = nil
            }
            if let value = environment[String(name)], !value.isEmpty {
                output += value
            } else if let fallback {
                output += fallback
            } else {
                issues.append(
                    ConfigIssue(file: file, key: ConfigKeys.display(key), message: "environment variable \(name) is not set"))
            }
            rest = rest[rest.index(after: end)...]
        }
        output += rest
        return output
    }
}

/// The keys Gai reads, for reporting typos as errors instead of ignoring them.
enum ConfigKeys {
    /// `#` stands for a list index, `*` for any map key.
    static let patterns: [[String]] = [
        "server.host", "server.port", "server.threads", "server.max_body_bytes", "server.request_timeout_ms",
        "server.shutdown_grace_ms",
        "logging.level", "logging.flush_interval_ms",
        "routing.default_provider",
        "providers.#.name", "providers.#.kind", "providers.#.base_url", "providers.#.api_key", "providers.#.timeout_ms",
        "providers.#.max_response_bytes", "providers.#.headers.*", "providers.#.reply", "providers.#.stream_delay_ms",
        "providers.#.embedding_dimensions", "providers.#.api_version", "providers.#.anthropic_version",
        "providers.#.default_max_tokens",
        "models.#.name", "models.#.stream_format", "models.#.deployments.#.provider", "models.#.deployments.#.model",
        "models.#.deployments.#.weight", "models.#.deployments.#.quality", "models.#.strategy",
        "models.#.retry.max_attempts", "models.#.retry.initial_delay_ms", "models.#.retry.max_delay_ms", "models.#.retry.multiplier",
        "models.#.retry.jitter", "models.#.retry.max_retry_after_ms",
        "models.#.retry_budget.ratio", "models.#.retry_budget.min_per_second", "models.#.retry_budget.window_ms",
        "models.#.breaker.consecutive_failures", "models.#.breaker.cooldown_ms", "models.#.breaker.half_open_probes",
        "models.#.breaker.failure_ratio", "models.#.breaker.window_size", "models.#.breaker.min_requests",
        "models.#.on_error.*",
        "providers.#.faults.*",
        "admin_key", "data_dir",
        "idempotency.ttl_s", "idempotency.in_flight", "idempotency.max_entries", "idempotency.max_bytes",
        "dlq.store", "dlq.max_entries", "chaos.enabled", "auth", "auth_cache_ttl_ms", "server.allow_unauthenticated",
        "limits.store", "limits.on_store_failure", "limits.store_timeout_ms", "stores.redis_url", "stores.postgres_url", "stores.durable", "idempotency.store", "limits.default_max_tokens", "limits.rules.#.scope", "limits.rules.#.model",
        "limits.rules.#.key", "limits.rules.#.user", "limits.rules.#.team", "limits.rules.#.rps", "limits.rules.#.rpm",
        "limits.rules.#.rph", "limits.rules.#.rpd", "limits.rules.#.tpm", "limits.rules.#.tph", "limits.rules.#.tpd",
        "limits.rules.#.max_concurrent", "limits.rules.#.algorithm", "limits.rules.#.burst",
        "budgets.#.scope", "budgets.#.key", "budgets.#.user", "budgets.#.team", "budgets.#.usd", "budgets.#.period",
        "prices.#.model", "prices.#.input_per_million", "prices.#.output_per_million", "prices.#.cached_input_per_million",
        "prices.#.cache_write_per_million", "prices.#.reasoning_per_million",
        "events.sink", "events.path", "events.max_file_bytes", "events.queue_capacity", "events.max_rows",
        "tracing.enabled", "tracing.otlp_endpoint", "tracing.service_name", "tracing.sample_ratio", "tracing.backend", "tracing.export_interval_ms", "tracing.headers.*",
        "metrics.enabled",
    ].map { $0.split(separator: ".").map(String.init) }

    static func isKnown(_ key: String) -> Bool {
        let components = key.split(separator: ".").map(String.init)
        return patterns.contains { pattern in
            guard pattern.count == components.count else { return false }
            return zip(pattern, components).allSatisfy { expected, actual in
                expected == "*" || expected == actual || (expected == "#" && Int(actual) != nil)
            }
        }
    }

    /// `providers.0.base_url` → `providers[0].base_url`.
    static func display(_ path: [String]) -> String {
        var text = ""
        for component in path {
            if Int(component) != nil {
                text += "[\(component)]"
            } else {
                text += text.isEmpty ? component : ".\(component)"
            }
        }
        return text
    }

    static func display(_ key: String) -> String {
        display(key.split(separator: ".").map(String.init))
    }
}
