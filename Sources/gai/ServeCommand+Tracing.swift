import GaiConfig
import GaiCore
import GaiGateway
import GaiRouting
import GaiTelemetry
import Logging
import OTel
import ServiceLifecycle
import Synchronization
import Tracing

/// Tracing backends kept alive until the process exits (see ``ServeCommand/makeTracing(_:logger:)``).
private let tracingBackends = Mutex<[any Sendable]>([])

extension ServeCommand {
    /// The OpenTelemetry tracer for `tracing.enabled`: spans batched in the background and
    /// exported over OTLP/HTTP (protobuf) to `tracing.otlp_endpoint`, and the service that runs
    /// (and at shutdown flushes) the exporter. `nil` with tracing off.
    ///
    /// Only tracing is taken from swift-otel: metrics stay on Prometheus (`/metrics`) and logs on
    /// the JSON handler. The standard `OTEL_*` environment variables override these settings
    /// (swift-otel applies them).
    static func makeTracing(_ configuration: GaiConfiguration, logger: Logger) throws -> (tracing: GatewayTracing, service: any Service)? {
        let settings = configuration.tracing
        guard settings.enabled else { return nil }
        var otel = OTel.Configuration.default
        otel.serviceName = settings.serviceName
        otel.logs.enabled = false
        otel.metrics.enabled = false
        otel.traces.enabled = true
        otel.traces.exporter = .otlp
        otel.traces.otlpExporter.protocol = .httpProtobuf
        if let endpoint = settings.otlpEndpoint {
            // The configured value is the collector's base URL, as OTEL_EXPORTER_OTLP_ENDPOINT is;
            // swift-otel takes an explicitly set endpoint as the full traces URL.
            let base = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
            otel.traces.otlpExporter.endpoint = base.hasSuffix("/v1/traces") ? base : base + "/v1/traces"
        }
        otel.traces.sampler = .parentBasedTraceIDRatio(ratio: settings.sampleRatio) ?? .parentBasedAlwaysOn
        otel.propagators = [.traceContext]
        otel.diagnosticLogger = .custom(logger)
        let backend = try OTel.makeTracingBackend(configuration: otel)
        // swift-otel's exporter shuts its HTTP client down synchronously in `deinit`, which traps
        // on an event loop — and in `gai serve` every task runs on one. The exporter service has
        // shut it down properly by then; keeping the backend for the process's life skips the trap.
        tracingBackends.withLock { $0.append((backend.factory, backend.service)) }
        logger.notice(
            "tracing: spans are exported over OTLP/HTTP",
            metadata: [
                "endpoint": .string(otel.traces.otlpExporter.endpoint), "sample_ratio": .stringConvertible(settings.sampleRatio),
            ])
        return (GatewayTracing(tracer: backend.factory, traceID: { $0.otelTraceID }), backend.service)
    }

    /// Breaker changes as `breaker_opened` / `breaker_closed` events and log lines. Not tied to
    /// one request, each event gets its own correlation id.
    static func observeBreakers(_ resilience: ResilienceState, events: EventPipeline?, logger: Logger) {
        resilience.observeBreakerTransitions { deployment, transition in
            let type: ObservabilityEventType
            var payload: [String: JSONValue] = ["deployment": .string(deployment.description)]
            switch transition {
            case .opened(let coolDown):
                type = .breakerOpened
                let milliseconds = coolDown.components.seconds * 1000 + coolDown.components.attoseconds / 1_000_000_000_000_000
                payload["cool_down_ms"] = .int(milliseconds)
                logger.warning(
                    "circuit breaker opened",
                    metadata: ["deployment": .string(deployment.description), "cool_down_ms": .stringConvertible(milliseconds)])
            case .closed:
                type = .breakerClosed
                logger.notice("circuit breaker closed", metadata: ["deployment": .string(deployment.description)])
            case .halfOpened:
                logger.info("circuit breaker half-open: probing", metadata: ["deployment": .string(deployment.description)])
                return
            }
            events?.emit(ObservabilityEvent(type: type, correlationID: GaiCore.RequestID().value, spanID: "breaker", payload: payload))
        }
    }
}
