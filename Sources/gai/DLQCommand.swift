import ArgumentParser
import AsyncHTTPClient
import Foundation
import GaiCore
import GaiStorage
import NIOCore
import NIOHTTP1
import NIOPosix

/// `gai dlq list|show|retry|delete|clear`: a running gateway's dead-letter queue, through its admin API.
struct DLQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq", abstract: "Inspect, retry and remove a running gateway's dead-lettered requests.",
        subcommands: [List.self, Show.self, Retry.self, Delete.self, Clear.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List dead-lettered requests, newest first.")

        @OptionGroup var admin: AdminOptions

        @Option(name: .long, help: "How many entries to show.")
        var limit = 50

        @Option(name: .long, help: "How many of the newest entries to skip.")
        var offset = 0

        @Flag(name: .long, help: "Print the gateway's JSON response instead of a table.")
        var json = false

        func run() throws {
            let body = try admin.client().send(.GET, "/admin/dlq?limit=\(limit)&offset=\(offset)")
            if json {
                print(String(decoding: body, as: UTF8.self))
                return
            }
            do {
                let page = try GaiJSON.makeDecoder().decode(DeadLetterPage.self, from: Data(body))
                print(DeadLetterTable.render(page.data))
                print("\(page.data.count) of \(page.total ?? page.data.count) entries; \(page.dropped ?? 0) dropped since the gateway started")
            } catch {
                printError("error: the gateway's response is not a dead-letter list: \(error)")
                throw ExitCode(1)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one dead-lettered request.")

        @OptionGroup var admin: AdminOptions

        @Argument(help: "The entry's id.")
        var id: String

        func run() throws {
            printPretty(try admin.client().send(.GET, "/admin/dlq/\(AdminClient.escape(id))"))
        }
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry", abstract: "Send a dead-lettered request through the gateway again.")

        @OptionGroup var admin: AdminOptions

        @Argument(help: "The entry's id.")
        var id: String

        func run() throws {
            printPretty(try admin.client().send(.POST, "/admin/dlq/\(AdminClient.escape(id))/retry"))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Remove one dead-lettered request.")

        @OptionGroup var admin: AdminOptions

        @Argument(help: "The entry's id.")
        var id: String

        func run() throws {
            let body = try admin.client().send(.DELETE, "/admin/dlq/\(AdminClient.escape(id))")
            if body.isEmpty {
                print("Deleted \(id).")
            } else {
                printPretty(body)
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Remove every dead-lettered request.")

        @OptionGroup var admin: AdminOptions

        func run() throws {
            printPretty(try admin.client().send(.DELETE, "/admin/dlq"))
        }
    }
}

/// Where the gateway is and how to authenticate to its admin API.
struct AdminOptions: ParsableArguments {
    @Option(name: .long, help: "The gateway's base URL (default: $GAI_URL, else http://127.0.0.1:8080).")
    var url: String?

    // Not given a default from the environment: ArgumentParser would print it in `--help`.
    @Option(name: .long, help: "The admin key (default: $GAI_ADMIN_KEY). Prefer the variable: arguments are visible to other users.")
    var adminKey: String?

    /// A client for the chosen gateway; exits with code 2 when there is no admin key or the URL is not HTTP.
    func client() throws -> AdminClient {
        let environment = ProcessInfo.processInfo.environment
        let base = url ?? environment["GAI_URL"] ?? "http://127.0.0.1:8080"
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            printError("error: --url must start with http:// or https:// (got '\(base)')")
            throw ExitCode(2)
        }
        guard let key = adminKey ?? environment["GAI_ADMIN_KEY"], !key.isEmpty else {
            printError("error: no admin key: set GAI_ADMIN_KEY or pass --admin-key")
            throw ExitCode(2)
        }
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return AdminClient(baseURL: trimmed, adminKey: key)
    }
}

/// The admin API's `GET /admin/dlq` response.
private struct DeadLetterPage: Decodable {
    var data: [DeadLetterEntry]
    var total: Int?
    var dropped: Int?
}

/// Prints a JSON body indented with sorted keys, or as it came when it is not JSON.
func printPretty(_ body: [UInt8]) {
    let encoder = GaiJSON.makeEncoder()
    encoder.outputFormatting.insert(.prettyPrinted)
    guard let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: Data(body)),
        let pretty = try? encoder.encode(value)
    else {
        print(String(decoding: body, as: UTF8.self))
        return
    }
    print(String(decoding: pretty, as: UTF8.self))
}
