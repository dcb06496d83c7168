import ArgumentParser
import Foundation
import GaiCore
import NIOHTTP1

/// `gai keys create|list|revoke`: a running gateway's keys, through its admin API.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Create, list and revoke a running gateway's client keys.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create", abstract: "Create a key; the key is printed once and cannot be shown again.")

        @OptionGroup var admin: AdminOptions

        @Option(name: .long, help: "A name to recognise the key by.")
        var name: String

        @Option(name: .long, help: "The user the key belongs to.")
        var user: String?

        @Option(name: .long, help: "The team the key belongs to.")
        var team: String?

        @Option(name: .long, help: "Comma-separated model names the key may use (default: all).")
        var models: String?

        @Option(name: .long, help: "Days until the key expires (default: never).")
        var expiresInDays: Double?

        @Option(name: .long, parsing: .upToNextOption, help: "Limits, as name=value: rps, rpm, rph, rpd, tpm, tph, tpd, max_concurrent, algorithm (e.g. --limit rpm=60 --limit algorithm=sliding_window).")
        var limit: [String] = []

        @Option(name: .long, help: "A spending cap in USD per --budget-period.")
        var budgetUsd: Double?

        @Option(name: .long, help: "daily, weekly or monthly (default monthly).")
        var budgetPeriod = "monthly"

        @Flag(name: .long, help: "Print the gateway's JSON response instead of the key alone.")
        var json = false

        func run() throws {
            var fields: [String: JSONValue] = ["name": .string(name)]
            if let user { fields["user"] = .string(user) }
            if let team { fields["team"] = .string(team) }
            if let models {
                fields["models"] = .array(models.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) })
            }
            if !limit.isEmpty {
                var limits: [String: JSONValue] = [:]
                for pair in limit {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw ValidationError("--limit takes name=value, got '\(pair)'") }
                    limits[parts[0]] = Int(parts[1]).map { .int(Int64($0)) } ?? .string(parts[1])
                }
                fields["limits"] = .object(limits)
            }
            if let budgetUsd {
                fields["budget"] = .object(["usd": .double(budgetUsd), "period": .string(budgetPeriod)])
            }
            if let expiresInDays {
                fields["expires_at"] = .double(Date().timeIntervalSince1970 + expiresInDays * 86_400)
            }
            let body = Array(try GaiJSON.makeEncoder().encode(JSONValue.object(fields)))
            let reply = try admin.client().send(.POST, "/admin/keys", json: body)
            if json {
                printPretty(reply)
                return
            }
            let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: Data(reply))
            guard let key = value?["key"]?.stringValue, let id = value?["id"]?.stringValue else {
                printPretty(reply)
                return
            }
            print(key)
            printError("created \(id) ('\(name)'); store the key now: it is not shown again")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List keys (never the keys themselves).")

        @OptionGroup var admin: AdminOptions

        @Flag(name: .long, help: "Print the gateway's JSON response instead of a table.")
        var json = false

        func run() throws {
            let reply = try admin.client().send(.GET, "/admin/keys")
            guard !json, let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: Data(reply)),
                case .array(let keys)? = value["data"]
            else {
                printPretty(reply)
                return
            }
            print("ID".padding(toLength: 38, withPad: " ", startingAt: 0) + "PREFIX    STATE     NAME")
            for key in keys {
                let id: String = key["id"]?.stringValue ?? "?"
                let prefix: String = key["key_prefix"]?.stringValue ?? ""
                let name: String = key["name"]?.stringValue ?? ""
                var state = "active"
                if case .bool(false)? = key["enabled"] { state = "disabled" }
                if let revoked = key["revoked_at"], revoked != .null { state = "revoked" }
                let columns: [String] = [
                    id.padding(toLength: 38, withPad: " ", startingAt: 0),
                    prefix.padding(toLength: 10, withPad: " ", startingAt: 0),
                    state.padding(toLength: 10, withPad: " ", startingAt: 0),
                    name,
                ]
                print(columns.joined())
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "Revoke a key: refused everywhere within auth_cache_ttl_ms (5 s).")

        @OptionGroup var admin: AdminOptions

        @Argument(help: "The key's id.")
        var id: String

        func run() throws {
            printPretty(try admin.client().send(.DELETE, "/admin/keys/\(AdminClient.escape(id))"))
        }
    }
}

/// `gai spend`: a running gateway's spend this day, week or month, from its admin API.
struct SpendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "spend", abstract: "Show spend per key, user, team or model.")

    @OptionGroup var admin: AdminOptions

    @Option(name: .long, help: "Group by key, user, team or model.")
    var by = "key"

    @Option(name: .long, help: "daily, weekly or monthly (UTC).")
    var period = "monthly"

    @Option(name: .long, help: "Only this key id, with its budgets.")
    var key: String?

    @Option(name: .long, help: "Only this user, with their budgets.")
    var user: String?

    @Option(name: .long, help: "Only this team, with its budgets.")
    var team: String?

    func run() throws {
        var query = "by=\(AdminClient.escape(by))&period=\(AdminClient.escape(period))"
        if let key { query += "&key=\(AdminClient.escape(key))" }
        if let user { query += "&user=\(AdminClient.escape(user))" }
        if let team { query += "&team=\(AdminClient.escape(team))" }
        printPretty(try admin.client().send(.GET, "/admin/spend?\(query)"))
    }
}
