extension ConfigScope {
    /// `events.*` and `tracing.*`.
    mutating func applyObservability(to configuration: inout GaiConfiguration) {
        var events = GaiConfiguration.Events()
        events.sink = choice("events.sink", default: events.sink)
        events.path = string("events.path").flatMap { $0.isEmpty ? nil : $0 }
        events.maxFileBytes = int("events.max_file_bytes", default: events.maxFileBytes, in: 4096...(1 << 40))
        events.queueCapacity = int("events.queue_capacity", default: events.queueCapacity, in: 1...10_000_000)
        events.maxRows = int("events.max_rows", default: events.maxRows, in: 1000...1_000_000_000)
        if events.sink == .postgres, configuration.postgresURL == nil {
            fail("events.sink", "postgres needs stores.postgres_url")
        }
        configuration.events = events

        var tracing = GaiConfiguration.Tracing()
        tracing.enabled = boolean("tracing.enabled", default: false)
        if let endpoint = string("tracing.otlp_endpoint"), !endpoint.isEmpty {
            if endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") {
                tracing.otlpEndpoint = endpoint
            } else {
                fail("tracing.otlp_endpoint", "must be an http:// or https:// URL, got '\(endpoint)'")
            }
        }
        tracing.serviceName = string("tracing.service_name").flatMap { $0.isEmpty ? nil : $0 } ?? tracing.serviceName
        tracing.sampleRatio = double("tracing.sample_ratio", default: 1, in: 0...1)
        tracing.backend = choice("tracing.backend", default: tracing.backend)
        tracing.exportIntervalMilliseconds = int("tracing.export_interval_ms", default: 500, in: 10...60_000)
        for key in flatValues.keys where key.hasPrefix("tracing.headers.") {
            let name = String(key.dropFirst("tracing.headers.".count))
            if let value = string(key, secret: true) { tracing.headers[name] = value }
        }
        configuration.tracing = tracing
        configuration.metricsEnabled = boolean("metrics.enabled", default: true)
    }
}
