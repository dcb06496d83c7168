import GaiCore

extension UpstreamBody {
    /// The same body, calling `onEnd` when it finishes (`nil`) or fails (an `error.type` value
    /// and a message).
    public func onEnd(_ onEnd: @escaping @Sendable (_ errorType: String?, _ message: String?) -> Void) -> UpstreamBody {
        let base = self
        return UpstreamBody(makeIterator: {
            var iterator = base.makeAsyncIterator()
            return AsyncIterator {
                do {
                    let next = try await iterator.next()
                    if next == nil { onEnd(nil, nil) }
                    return next
                } catch let error as GaiError {
                    onEnd(error.code.rawValue, error.message)
                    throw error
                } catch is CancellationError {
                    onEnd("cancelled", "The reader stopped before the body ended")
                    throw CancellationError()
                } catch {
                    onEnd(ErrorCode.network.rawValue, "\(error)")
                    throw error
                }
            }
        })
    }
}
