// What tracing costs a request (issue 6 target: metrics, tracing and events together ≤ 5 %):
// the three spans of a plain completion (request, attempt, upstream call) as the gateway makes
// them — natively (RequestTraceRecorder: what `gai serve` does with the `gai` backend) and
// through the swift-distributed-tracing API (GaiSpan: what an embedding app's tracer gets) —
// and, apart, the exporter's framing of those spans (background work on the same core).
import Benchmark
import GaiTracing
import NIOHTTP1
import Tracing

struct HeadersInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout HTTPHeaders) { carrier.replaceOrAdd(name: key, value: value) }
}

/// The spans of one request, the way GatewayMiddleware, GatewayTracing.attempt and
/// TracingTransport make them.
@inline(never)
func tracedRequest(_ tracer: GaiTracer) async {
    let request = tracer.startSpan("POST /v1/chat/completions", context: .topLevel, ofKind: .server)
    request.updateAttributes { attributes in
        attributes["http.request.method"] = "POST"
        attributes["http.route"] = "/v1/chat/completions"
        attributes["gai.request_id"] = "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f"
    }
    blackHole(request.context.gaiTraceID)
    await InstrumentationContext.withValue(request.context) {
        let parent = InstrumentationContext.current ?? .topLevel
        let attempt = tracer.startSpan("chat gpt-4o-mini", context: parent, ofKind: .client)
        attempt.updateAttributes { attributes in
            attributes["gen_ai.operation.name"] = "chat"
            attributes["gen_ai.provider.name"] = "openai"
            attributes["gen_ai.request.model"] = "gpt-4o-mini"
            attributes["gai.provider"] = "upstream"
            attributes["gai.deployment"] = "upstream/gpt-4o-mini"
            attributes["gai.attempt"] = 1
        }
        await InstrumentationContext.withValue(attempt.context) {
            let call = tracer.startSpan("POST", context: InstrumentationContext.current ?? .topLevel, ofKind: .client)
            call.updateAttributes { attributes in
                attributes["http.request.method"] = "POST"
                attributes["url.full"] = "http://127.0.0.1:18081/v1/chat/completions"
                attributes["server.address"] = "127.0.0.1"
                attributes["server.port"] = 18081
            }
            var headers = HTTPHeaders([("content-type", "application/json")])
            tracer.inject(call.context, into: &headers, using: HeadersInjector())
            blackHole(headers)
            call.attributes["http.response.status_code"] = 200
            call.end()
        }
        attempt.end()
    }
    request.updateAttributes { attributes in
        attributes["gen_ai.operation.name"] = "chat"
        attributes["http.response.status_code"] = 200
        attributes["gen_ai.request.model"] = "gpt-4o-mini"
        attributes["gen_ai.response.model"] = "gpt-4o-mini"
        attributes["gen_ai.provider.name"] = "openai"
        attributes["gen_ai.usage.input_tokens"] = 19
        attributes["gen_ai.usage.output_tokens"] = 10
        attributes["gen_ai.response.finish_reasons"] = ["stop"]
    }
    request.end()
}

/// One request's spans the way the gateway records them natively: GatewayMiddleware binds the
/// recorder, GatewayTracing.RecordedAttempts (ModelRouter's AttemptObserver) and TracingTransport
/// note the attempt and the call, and the access log finishes it.
@inline(never)
func recordedRequest(_ tracer: GaiTracer, template: SpanTemplate) async {
    let context = tracer.newSpanContext(parent: nil)
    blackHole(context.traceID.hex)
    let recorder = RequestTraceRecorder(tracer: tracer, context: context, start: tracer.nowNanoseconds())
    await RequestTraceRecorder.$current.withValue(recorder) {
        guard let recorder = RequestTraceRecorder.current else { return }
        let attempt = recorder.attemptStarted(template, number: 1)
        let call = recorder.callStarted(method: "POST", url: "http://127.0.0.1:18081/v1/chat/completions")
        var headers = HTTPHeaders([("content-type", "application/json")])
        headers.replaceOrAdd(name: "traceparent", value: call.context.traceparent)
        blackHole(headers)
        recorder.callResponded(call.index, status: 200)
        recorder.callEnded(call.index)
        recorder.attemptEnded(attempt)
    }
    recorder.finish(end: tracer.nowNanoseconds(), name: "POST", nameSuffix: "/v1/chat/completions") { span in
        span.attribute("http.request.method", "POST")
        span.attribute("http.route", "/v1/chat/completions")
        span.attribute("gai.request_id", "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f")
        span.attribute("gen_ai.operation.name", "chat")
        span.attribute("http.response.status_code", 200)
        span.attribute("gen_ai.request.model", "gpt-4o-mini")
        span.attribute("gen_ai.response.model", "gpt-4o-mini")
        span.attribute("gen_ai.provider.name", "openai")
        span.attribute("gen_ai.usage.input_tokens", 19)
        span.attribute("gen_ai.usage.output_tokens", 10)
        span.attribute("gen_ai.response.finish_reasons", ["stop"])
    }
}

func attemptTemplate() -> SpanTemplate {
    var attributes = EncodedAttributes()
    attributes.add("gen_ai.operation.name", "chat")
    attributes.add("gen_ai.provider.name", "openai")
    attributes.add("gen_ai.request.model", "gpt-4o-mini")
    attributes.add("gai.provider", "upstream")
    attributes.add("gai.deployment", "upstream/gpt-4o-mini")
    return SpanTemplate(name: "chat gpt-4o-mini", attributes: attributes)
}

func tracingBenchmarks(microConfig: Benchmark.Configuration) {
    Benchmark("tracing: one request's 3 spans recorded natively (RequestTraceRecorder, the gateway's path)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 1 << 22))
        let template = attemptTemplate()
        for _ in benchmark.scaledIterations {
            await recordedRequest(tracer, template: template)
        }
        benchmark.stopMeasurement()
        _ = tracer.takeForBenchmark()
    }

    Benchmark("tracing: frame one request's 3 natively recorded spans as an OTLP request (the exporter, background)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 1 << 22))
        let template = attemptTemplate()
        for _ in benchmark.scaledIterations {
            await recordedRequest(tracer, template: template)
        }
        benchmark.startMeasurement()
        blackHole(tracer.encodeWaitingForBenchmark())
    }

    Benchmark("tracing: one request's 3 spans through the tracer API (GaiSpan: attributes, context, traceparent)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 1 << 20))
        for _ in benchmark.scaledIterations {
            await tracedRequest(tracer)
        }
        benchmark.stopMeasurement()
        _ = tracer.takeForBenchmark()
    }

    Benchmark("tracing: the same, unsampled (sample_ratio 0)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(sampleRatio: 0))
        for _ in benchmark.scaledIterations {
            await tracedRequest(tracer)
        }
    }

    Benchmark("tracing: frame one request's 3 tracer-API spans as an OTLP request (the exporter, background)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 1 << 20))
        for _ in benchmark.scaledIterations {
            await tracedRequest(tracer)
        }
        benchmark.startMeasurement()
        blackHole(tracer.encodeWaitingForBenchmark())
    }
}
