import GaiConfig
import GaiCore
import GaiGateway
import GaiRouting
import GaiProviderKit
import GaiTelemetry
import GaiTracing
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
    static func makeTracing(
        _ configuration: GaiConfiguration, transport: any HTTPTransport, logger: Logger
    ) throws -> (tracing: GatewayTracing, service: any Service)? {
        let settings = configuration.tracing
        guard settings.enabled else { return nil }
        switch settings.backend {
        case .gai: return makeGaiTracing(settings, transport: transport, logger: logger)
        case .swiftOTel: return try makeSwiftOTelTracing(settings, logger: logger)
        }
    }

    /// The default backend: ``GaiTracer`` and its OTLP/HTTP exporter over the gateway's own
    /// upstream transport.
    static func makeGaiTracing(
        _ settings: GaiConfiguration.Tracing, transport: any HTTPTransport, logger: Logger
    ) -> (tracing: GatewayTracing, service: any Service) {
        let tracer = GaiTracer(configuration: .init(sampleRatio: settings.sampleRatio))
        let endpoint = tracesURL(settings.otlpEndpoint ?? "http://localhost:4318")
        let exporter = OTLPSpanExporter(
            tracer: tracer, endpoint: endpoint, serviceName: settings.serviceName, serviceVersion: GaiCommand.version,
            transport: transport, headers: settings.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            interval: .milliseconds(settings.exportIntervalMilliseconds), logger: logger)
        logger.notice(
            "tracing: spans are exported over OTLP/HTTP",
            metadata: ["endpoint": .string(endpoint), "sample_ratio": .stringConvertible(settings.sampleRatio), "backend": "gai"])
        let statistics: @Sendable () -> [(String, Int)] = {
            [
                ("gai_spans_queue_depth", tracer.queueDepth), ("gai_spans_dropped", tracer.droppedCount),
                ("gai_spans_exported", exporter.exportedCount), ("gai_spans_export_failed", exporter.failedSpanCount),
            ]
        }
        return (GatewayTracing(tracer: tracer, traceID: { $0.gaiTraceID }, statistics: statistics), SpanExportService(exporter: exporter))
    }

    /// The collector's base URL with `/v1/traces`, as `OTEL_EXPORTER_OTLP_ENDPOINT` is read.
    static func tracesURL(_ endpoint: String) -> String {
        let base = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        return base.hasSuffix("/v1/traces") ? base : base + "/v1/traces"
    }

    /// `tracing.backend: swift-otel`.
    static func makeSwiftOTelTracing(_ settings: GaiConfiguration.Tracing, logger: Logger) throws -> (tracing: GatewayTracing, service: any Service) {
        var otel = OTel.Configuration.default
        otel.serviceName = settings.serviceName
        otel.logs.enabled = false
        otel.metrics.enabled = false
        otel.traces.enabled = true
        otel.traces.exporter = .otlp
        otel.traces.otlpExporter.protocol = .httpProtobuf
        if let endpoint = settings.otlpEndpoint {
            // swift-otel takes an explicitly set endpoint as the full traces URL.
            otel.traces.otlpExporter.endpoint = tracesURL(endpoint)
        }
        otel.traces.otlpExporter.headers = settings.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
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
                "backend": "swift-otel",
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

/// Runs the span exporter for the gateway's lifetime; at shutdown it exports what is left.
struct SpanExportService: Service {
    let exporter: OTLPSpanExporter

    func run() async throws {
        await withGracefulShutdownHandler {
            await exporter.run()
        } onGracefulShutdown: {
            exporter.shutdown()
        }
    }
}
