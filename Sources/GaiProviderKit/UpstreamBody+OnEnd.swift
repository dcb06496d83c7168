import GaiCore

extension UpstreamBody {
    /// The same body, calling `onEnd` once when it finishes (`nil`s) or fails (an `error.type`
    /// value and a message).
    ///
    /// The observer rides on the body and its iterator instead of wrapping them in another
    /// closure-backed sequence: a traced upstream call pays one optional check per chunk, not
    /// three allocations and a closure hop per chunk.
    public func onEnd(_ onEnd: @escaping EndObserver) -> UpstreamBody {
        var body = self
        if let earlier = endObserver {
            body.endObserver = { errorType, message in
                earlier(errorType, message)
                onEnd(errorType, message)
            }
        } else {
            body.endObserver = onEnd
        }
        return body
    }
}
