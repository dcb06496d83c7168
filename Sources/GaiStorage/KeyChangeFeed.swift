/// Tells every replica that gateway keys changed, so each drops its cached key lookups at once
/// instead of waiting for the cache's TTL.
///
/// A feed carries no key data, only "something changed": key changes are rare, and dropping a
/// whole cache costs one store read per active key.
public protocol KeyChangeFeed: Sendable {
    /// Announces a change made on this replica (a key created, updated, revoked).
    func publish() async

    /// Calls `onChange` whenever another replica (or this one) announces a change, until the
    /// task is cancelled.
    func watch(onChange: @escaping @Sendable () -> Void) async
}
