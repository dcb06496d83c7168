import GaiCore
import GaiProviderKit
import Logging
import NIOCore
import NIOHTTP1
import Synchronization
import Tracing

/// Sends a ``GaiTracer``'s finished spans to an OpenTelemetry collector over OTLP/HTTP
/// (protobuf), in the background: after the first span arrives it waits ``interval`` and posts
/// what is waiting, at most ``batchSize`` spans per request.
///
/// A failed export is counted and logged (once per failure streak, not per batch); its spans are
/// dropped: tracing never queues without bound, nor retries into a collector that is down.
public final class OTLPSpanExporter: Sendable {
    public let tracer: GaiTracer
    /// The full traces URL (`…/v1/traces`).
    public let endpoint: String
    public let interval: Duration
    public let batchSize: Int
    public let timeout: Duration
    let transport: any HTTPTransport
    let encoder: OTLPTraceEncoder
    let headers: [(String, String)]
    let logger: Logger

    private struct Counters {
        var exported = 0
        var failedSpans = 0
        var failedExports = 0
        var failing = false
    }

    private let counters = Mutex(Counters())


    /// - Parameters:
    ///   - transport: the gateway's own upstream transport (not a traced one).
    ///   - headers: sent with every export (a collector's API key, for instance).
    public init(
        tracer: GaiTracer, endpoint: String, serviceName: String, serviceVersion: String, transport: any HTTPTransport,
        headers: [(String, String)] = [], interval: Duration = .milliseconds(500), batchSize: Int = 2048, timeout: Duration = .seconds(10),
        logger: Logger
    ) {
        self.tracer = tracer
        self.endpoint = endpoint
        self.transport = transport
        self.headers = headers
        self.interval = interval
        self.batchSize = max(1, batchSize)
        self.timeout = timeout
        self.logger = logger
        self.encoder = OTLPTraceEncoder(
            resource: [
                ("service.name", .string(serviceName)), ("service.version", .string(serviceVersion)),
                ("telemetry.sdk.name", "gai"), ("telemetry.sdk.language", "swift"),
            ],
            scopeVersion: serviceVersion)
    }

    /// Exports until ``shutdown()``, then exports what is left.
    public func run() async {
        for await _ in tracer.arrivals {
            // Let a batch gather: one timer per export, not a poll (a poll every 20 ms cost
            // more than the export). A large batch is posted in several requests.
            try? await Task.sleep(for: interval)
            await exportWaiting()
        }
        await exportWaiting()
    }

    /// Ends ``run()`` after a last export.
    public func shutdown() {
        tracer.finishArrivals()
    }

    /// Exports every span waiting now.
    public func exportWaiting() async {
        var waiting = tracer.take()
        guard waiting.count > 0 else { return }
        for batch in OTLPTraceEncoder.batches(of: waiting.bytes, segments: waiting.segments, limit: batchSize) {
            await export(batch.spans, spans: batch.count)
        }
        tracer.recycle(&waiting.bytes)
    }

    func export(_ framedSpans: ArraySlice<UInt8>, spans: Int) async {
        var headers = HTTPHeaders([("Content-Type", "application/x-protobuf"), ("User-Agent", "gai")])
        headers.add(contentsOf: self.headers)
        // The envelope, then the spans as they were queued: one copy into the body.
        let envelope = encoder.envelope(spansByteCount: framedSpans.count)
        var body = ByteBuffer()
        body.reserveCapacity(envelope.count + framedSpans.count)
        body.writeBytes(envelope)
        // Through a raw buffer: `writeBytes` of an `ArraySlice` copied byte by byte (about one
        // instruction per byte, a kilobyte per request at full sampling).
        framedSpans.withUnsafeBytes { body.writeBytes($0) }
        let request = UpstreamRequest(
            method: .POST, url: endpoint, headers: headers, body: body, deadline: .now() + .nanoseconds(timeout.nanoseconds))
        var failure: String?
        do {
            let response = try await transport.send(request)
            _ = try? await response.body.collect(upTo: 1 << 20)
            if !(200..<300).contains(response.status) { failure = "HTTP \(response.status)" }
        } catch {
            failure = "\(error.code.rawValue): \(error.message)"
        }
        let (logFailure, logRecovery) = counters.withLock { counters -> (Bool, Bool) in
            if failure == nil {
                counters.exported += spans
                defer { counters.failing = false }
                return (false, counters.failing)
            }
            counters.failedSpans += spans
            counters.failedExports += 1
            defer { counters.failing = true }
            return (!counters.failing, false)
        }
        if logFailure, let failure {
            logger.warning(
                "exporting spans failed; spans are dropped until the collector answers",
                metadata: ["endpoint": .string(endpoint), "error": .string(failure), "spans": .stringConvertible(spans)])
        }
        if logRecovery { logger.notice("exporting spans works again", metadata: ["endpoint": .string(endpoint)]) }
    }

    /// Spans the collector took.
    public var exportedCount: Int { counters.withLock { $0.exported } }
    /// Spans lost to failed exports.
    public var failedSpanCount: Int { counters.withLock { $0.failedSpans } }
    /// Failed export requests.
    public var failedExportCount: Int { counters.withLock { $0.failedExports } }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : product &+ attoseconds / 1_000_000_000
    }
}
