import GaiCore

extension UpstreamBody {
    /// The same body, calling `onEnd` once when it finishes (`nil`s) or fails (an `error.type`
    /// value and a message).
    ///
    /// The observer rides on the body and its iterator instead of wrapping them in another
    /// closure-backed sequence: a traced upstream call pays one optional check per chunk, not
    /// three allocations and a closure hop per chunk.
    public func onEnd(_ onEnd: @escaping EndObserver) -> UpstreamBody {
        adding(.observer(onEnd))
    }

    /// The same body, reporting its end to `recorder` as the end of upstream call `call`
    /// (``UpstreamCallRecorder/upstreamCallEnded(_:errorType:message:)``), once: what
    /// ``onEnd(_:)`` does, without a closure to allocate for every traced call.
    public func onEnd(_ recorder: any UpstreamCallRecorder, call: Int) -> UpstreamBody {
        adding(.recorder(recorder, call: call, status: nil))
    }

    /// ``onEnd(_:call:)`` on this body in place, reporting the response's `status` with the end
    /// (``UpstreamCallRecorder/upstreamCallEnded(_:status:errorType:message:)``): a traced call's
    /// response is passed on as it is, where building a new one copied its headers and body
    /// (retains and releases per call), and its recorder is told once instead of twice.
    public mutating func reportEnd(to recorder: any UpstreamCallRecorder, call: Int, status: Int) {
        add(.recorder(recorder, call: call, status: status))
    }

    private func adding(_ hook: EndHook) -> UpstreamBody {
        var body = self
        body.add(hook)
        return body
    }

    private mutating func add(_ hook: EndHook) {
        endHook = endHook.map { .both($0, then: hook) } ?? hook
    }
}
