/// Notes a request's upstream HTTP calls for its trace: the gateway's native tracing gives one
/// to a sampled request (``ProviderContext/callRecorder``), adapters hand it on with each
/// upstream request, and the tracing transport reports each call's start, response and end.
///
/// It rides with the request instead of in a task local: binding one per request and looking it
/// up per call walked the task's bound values and allocated on every request.
public protocol UpstreamCallRecorder: AnyObject, Sendable {
    /// A call starts: its index (for the two below) and the W3C trace headers to send with it
    /// (`traceparent` as its parts: the transport writes them where the header goes).
    func upstreamCallStarted(method: String, url: String) -> (index: Int, traceparent: W3CTraceParent, tracestate: String?)

    /// The call's response head arrived with `status`.
    func upstreamCallResponded(_ index: Int, status: Int)

    /// The call ended: its body finished (`nil`s), or the call or its body failed with
    /// `errorType` (a taxonomy code) and `message`. Only the first end counts.
    func upstreamCallEnded(_ index: Int, errorType: String?, message: String?)

    /// The call's response head arrived with `status`, and the call has now ended: what
    /// ``upstreamCallResponded(_:status:)`` and ``upstreamCallEnded(_:errorType:message:)`` say,
    /// told at once when the body ends (a recorder that keeps its calls under a lock takes it once).
    func upstreamCallEnded(_ index: Int, status: Int, errorType: String?, message: String?)
}

extension UpstreamCallRecorder {
    /// The two reports in turn.
    public func upstreamCallEnded(_ index: Int, status: Int, errorType: String?, message: String?) {
        upstreamCallResponded(index, status: status)
        upstreamCallEnded(index, errorType: errorType, message: message)
    }
}
