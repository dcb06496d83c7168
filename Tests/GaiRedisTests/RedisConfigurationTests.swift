import Testing
@testable import GaiRedis

@Suite("Redis URL")
struct RedisConfigurationTests {
    @Test func hostPortAndDefaults() throws {
        let configuration = try RedisConfiguration(url: "redis://cache.internal:6380")
        #expect(configuration.host == "cache.internal")
        #expect(configuration.port == 6380)
        #expect(configuration.password == nil)
        #expect(configuration.username == nil)
        #expect(configuration.database == 0)
        #expect(configuration.poolSize == 4)
        #expect(configuration.connectTimeout == .seconds(1))
        #expect(configuration.commandTimeout == .seconds(2))
        #expect(try RedisConfiguration(url: "redis://localhost").port == 6379)
    }

    @Test func passwordAndDatabase() throws {
        let configuration = try RedisConfiguration(url: "redis://:s3cr%40t@127.0.0.1:6379/2")
        #expect(configuration.username == nil)
        #expect(configuration.password == "s3cr@t")
        #expect(configuration.database == 2)
    }

    @Test func userPasswordAndPasswordWithSpecialCharacters() throws {
        let configuration = try RedisConfiguration(url: "redis://gai:pa:ss/w@rd@[::1]:7000/15")
        #expect(configuration.username == "gai")
        #expect(configuration.password == "pa:ss/w@rd")
        #expect(configuration.host == "::1")
        #expect(configuration.port == 7000)
        #expect(configuration.database == 15)
    }

    @Test(arguments: [
        "http://localhost", "rediss://localhost", "redis://", "redis://host:0", "redis://host:70000",
        "redis://host:port", "redis://host/db", "redis://host/-1", "redis://host?timeout=1", "redis://user@host",
        "redis://:%zz@host", "redis://[::1", "localhost:6379",
    ])
    func invalidURLsAreRejected(_ url: String) {
        #expect(throws: RedisURLError.self) { try RedisConfiguration(url: url) }
    }

    @Test func descriptionNeverShowsThePassword() throws {
        let configuration = try RedisConfiguration(url: "redis://gai:hunter2@localhost:6379/1")
        #expect(!configuration.description.contains("hunter2"))
        #expect(!String(reflecting: configuration).contains("hunter2"))
        #expect(configuration.description == "redis://gai:***@localhost:6379/1")
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        #expect(!"\(RedisURLError(reason: "x"))".isEmpty)
    }
}
