import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// `gai events tail`: a running gateway's observability events as they happen, through
/// `GET /admin/events`.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Follow a running gateway's observability events.", subcommands: [Tail.self])

    struct Tail: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tail",
            abstract: "Print each event as one JSON line as it happens, until interrupted.",
            discussion: "Events are sanitized as the sinks get them. A tail that reads slower than events arrive loses the oldest.")

        @OptionGroup var admin: AdminOptions

        @Option(name: .long, help: "Only events of this type (repeat or comma-separate for several), e.g. response_completed.")
        var type: [String] = []

        @Option(name: .long, help: "Only the events of this request (its x-request-id).")
        var requestID: String?

        func run() throws {
            let client = try admin.client()
            let path = Self.path(types: type, requestID: requestID)
            do {
                try MultiThreadedEventLoopGroup.singleton.any().makeFutureWithTask {
                    try await Self.follow(client, path: path)
                }.wait()
            } catch let exit as ExitCode {
                throw exit
            } catch {
                printError("error: the event stream from \(client.baseURL) failed: \(error)")
                throw ExitCode(1)
            }
        }

        static func path(types: [String], requestID: String?) -> String {
            var query: [String] = []
            let types = types.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !types.isEmpty { query.append("type=" + types.map(AdminClient.escape).joined(separator: ",")) }
            if let requestID, !requestID.isEmpty { query.append("request_id=" + AdminClient.escape(requestID)) }
            return "/admin/events" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        }

        /// Streams the response, writing each event's `data` as a line to standard output at once
        /// (unbuffered, so a pipe into `jq` sees it immediately).
        static func follow(_ client: AdminClient, path: String) async throws {
            var request = HTTPClientRequest(url: client.baseURL + path)
            request.headers.add(name: "Authorization", value: "Bearer \(client.adminKey)")
            request.headers.add(name: "Accept", value: "text/event-stream")
            let response: HTTPClientResponse
            do {
                // The timeout bounds the wait for the response head only; the stream itself is endless.
                response = try await HTTPClient.shared.execute(request, timeout: client.timeout)
            } catch {
                printError("error: could not reach the gateway at \(client.baseURL): \(error)")
                throw ExitCode(1)
            }
            guard response.status == .ok else {
                let body = (try? await response.body.collect(upTo: 1 << 20)).map { Array($0.readableBytesView) } ?? []
                let reason = AdminClient.errorMessage(in: body) ?? "the gateway answered HTTP \(response.status.code)"
                printError("error: \(reason) (HTTP \(response.status.code))")
                throw ExitCode(1)
            }
            var parser = SSEDataParser()
            for try await chunk in response.body {
                let lines = parser.feed(chunk.readableBytesView)
                guard !lines.isEmpty else { continue }
                FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
            }
            printError("the gateway ended the event stream")
        }
    }
}

/// The `data` of each Server-Sent Event in a byte stream that arrives in arbitrary pieces.
/// Comments (`: keep-alive`) and other fields are skipped; several `data` lines of one event are
/// joined with newlines, as the SSE specification says.
struct SSEDataParser {
    private var pending: [UInt8] = []
    private var data: [String] = []

    /// The data of every event completed by `bytes`.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        pending.append(contentsOf: bytes)
        var events: [String] = []
        var start = 0
        while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var line = pending[start..<newline]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            start = newline + 1
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data.removeAll()
            } else if line.starts(with: Self.dataField) {
                var value = line.dropFirst(Self.dataField.count)
                if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                data.append(String(decoding: value, as: UTF8.self))
            }
        }
        pending.removeFirst(start)
        return events
    }

    private static let dataField = Array("data:".utf8)
}
