// What tracing costs a request (issue 6 target: metrics, tracing and events together ≤ 5 %):
// the three spans of a plain completion (request, attempt, upstream call) as the gateway makes
// them with GaiTracer — attributes, the task-local context, the upstream traceparent — and,
// apart, the exporter's protobuf encoding of those spans (background work on the same core).
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

func tracingBenchmarks(microConfig: Benchmark.Configuration) {
    Benchmark("tracing: one request's 3 spans, attributes, context and traceparent (the request's cost)", configuration: microConfig) { benchmark in
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

    Benchmark("tracing: encode one request's 3 spans as OTLP protobuf (the exporter, background)", configuration: microConfig) { benchmark in
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 1 << 20))
        for _ in benchmark.scaledIterations {
            await tracedRequest(tracer)
        }
        benchmark.startMeasurement()
        blackHole(tracer.encodeWaitingForBenchmark())
    }
}
