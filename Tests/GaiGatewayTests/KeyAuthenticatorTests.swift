import Foundation
import GaiCore
import GaiGateway
import GaiStorage
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@Suite("Gateway keys")
struct KeyAuthenticatorTests {
    @Test("generated keys: gai- and 40 base-62 characters, all different; SHA-256 hex of a known value")
    func generation() {
        let keys = (0..<200).map { _ in KeyAuthenticator.generate() }
        #expect(Set(keys).count == 200)
        for key in keys {
            #expect(key.hasPrefix("gai-") && key.count == 44)
            #expect(key.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        }
        #expect(KeyAuthenticator.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a revocation on another replica takes effect once the cache TTL has passed, and not before")
    func revocationBound() async throws {
        let store = InMemoryGatewayKeyStore()
        let clock = ManualClock()
        let secret = KeyAuthenticator.generate()
        let key = GatewayKey(name: "k", hash: KeyAuthenticator.hash(secret), prefix: String(secret.prefix(8)))
        try await store.insert(key)
        let replica = KeyAuthenticator(store: store, cacheTTL: .seconds(5), now: { clock.now() })
        #expect(try await replica.authenticate(secret).id == key.id)

        var revoked = key
        revoked.revokedAt = 1
        _ = try await store.update(revoked)  // done by another replica's admin API
        clock.advance(by: .seconds(4))
        #expect(try await replica.authenticate(secret).id == key.id, "still cached")
        clock.advance(by: .seconds(1))
        let error = try await #require(throws: GaiError.self) { try await replica.authenticate(secret) }
        #expect(error.code == .unauthorized)
    }

    @Test("a change announced on the key-change feed drops every replica's cache at once, long before the TTL")
    func changeFeed() async throws {
        let store = InMemoryGatewayKeyStore()
        let secret = KeyAuthenticator.generate()
        let key = GatewayKey(name: "k", hash: KeyAuthenticator.hash(secret), prefix: String(secret.prefix(8)))
        try await store.insert(key)
        let feed = LocalKeyChangeFeed()
        let clock = ManualClock()
        let replicas = (0..<2).map { _ in KeyAuthenticator(store: store, cacheTTL: .seconds(60), now: { clock.now() }) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for replica in replicas { group.addTask { await replica.follow(feed) } }
            await feed.waitForWatchers(2)
            for replica in replicas { #expect(try await replica.authenticate(secret).id == key.id) }
            var revoked = key
            revoked.revokedAt = 1
            _ = try await store.update(revoked)
            await feed.publish()  // what the admin API on a third replica does
            for replica in replicas {
                let error = try await #require(throws: GaiError.self) { try await replica.authenticate(secret) }
                #expect(error.code == .unauthorized)
            }
            group.cancelAll()
        }
    }

    @Test(
        "every refusal is the same 401: missing, unknown, disabled, revoked, expired",
        arguments: ["missing", "unknown", "disabled", "revoked", "expired"])
    func refusals(kind: String) async throws {
        let store = InMemoryGatewayKeyStore()
        let secret = KeyAuthenticator.generate()
        var key = GatewayKey(name: "k", hash: KeyAuthenticator.hash(secret), prefix: "gai-x")
        switch kind {
        case "disabled": key.enabled = false
        case "revoked": key.revokedAt = 1
        case "expired": key.expiresAt = 1
        default: break
        }
        try await store.insert(key)
        let authenticator = KeyAuthenticator(store: store)
        let presented: String? = kind == "missing" ? nil : kind == "unknown" ? KeyAuthenticator.generate() : secret
        let error = try await #require(throws: GaiError.self) { try await authenticator.authenticate(presented) }
        #expect(error.code == .unauthorized)
        #expect(error.message == "Invalid API key. Send a Gai key as 'Authorization: Bearer gai-…' or 'x-api-key'.")
    }

    @Test("with auth required: 401 without a key, 403 for a model the key may not use, 200 with it")
    func throughTheGateway() async throws {
        let store = InMemoryGatewayKeyStore()
        let secret = KeyAuthenticator.generate()
        try await store.insert(GatewayKey(name: "k", hash: KeyAuthenticator.hash(secret), prefix: "gai-x", models: ["mock-echo"]))
        let fixture = GatewayFixture(keys: KeyAuthenticator(store: store))
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: jsonHeaders, body: chat("mock-echo")) { response in
                #expect(response.status == .unauthorized)
            }
            var headers = jsonHeaders
            headers[.authorization] = "Bearer \(secret)"
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers, body: chat("gpt-test")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers, body: chat("mock-echo")) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/health/live", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}

/// A key-change feed inside one process: `publish` calls every watcher synchronously.
final class LocalKeyChangeFeed: KeyChangeFeed {
    private let watchers = Mutex<[@Sendable () -> Void]>([])

    func publish() async {
        for watcher in watchers.withLock({ $0 }) { watcher() }
    }

    func watch(onChange: @escaping @Sendable () -> Void) async {
        watchers.withLock { $0.append(onChange) }
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }

    func waitForWatchers(_ count: Int) async {
        while watchers.withLock({ $0.count }) < count { await Task.yield() }
    }
}
