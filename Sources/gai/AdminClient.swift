import ArgumentParser
import AsyncHTTPClient
import Foundation
import GaiCore
import GaiStorage
import NIOCore
import NIOHTTP1
import NIOPosix

/// Calls a running gateway's admin API for the CLI's subcommands.
struct AdminClient: Sendable {
    var baseURL: String
    var adminKey: String
    var timeout: TimeAmount = .seconds(30)

    /// The response body of `method path`; on a transport failure or a non-2xx status, prints
    /// the reason to standard error and throws `ExitCode(1)`.
    ///
    /// Blocks: `gai`'s `main` is synchronous (see `GaiMain`), so subcommands wait on a NIO
    /// future the way `gai serve` does.
    func send(_ method: HTTPMethod, _ path: String, json body: [UInt8]? = nil) throws -> [UInt8] {
        let url = baseURL + path
        let request = self
        let reply: Reply
        do {
            reply = try MultiThreadedEventLoopGroup.singleton.any().makeFutureWithTask {
                try await request.perform(method, url: url, body: body)
            }.wait()
        } catch {
            printError("error: could not reach the gateway at \(baseURL): \(error)")
            throw ExitCode(1)
        }
        guard (200..<300).contains(reply.status) else {
            printError("error: \(Self.errorMessage(in: reply.body) ?? "the gateway answered HTTP \(reply.status)") (HTTP \(reply.status))")
            throw ExitCode(1)
        }
        return reply.body
    }

    struct Reply: Sendable {
        var status: Int
        var body: [UInt8]
    }

    private func perform(_ method: HTTPMethod, url: String, body: [UInt8]?) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(adminKey)")
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return Reply(status: Int(response.status.code), body: Array(body.readableBytesView))
    }

    /// `error.message` of a Gai error body (`{"error":{"message":…}}`).
    static func errorMessage(in body: [UInt8]) -> String? {
        let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: Data(body))
        return value?["error"]?["message"]?.stringValue
    }

    /// `id` percent-encoded for one path segment (only RFC 3986 unreserved bytes are left as they are).
    static func escape(_ id: String) -> String {
        var escaped = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escaped
    }
}

/// The compact table `gai dlq list` prints.
enum DeadLetterTable {
    static func render(_ entries: [DeadLetterEntry]) -> String {
        let header = ["ID", "CREATED", "MODEL", "ERROR", "ATTEMPTS"]
        let rows = entries.map { entry in
            [
                entry.id,
                Date(timeIntervalSince1970: entry.createdAt).formatted(.iso8601),
                entry.model,
                entry.errorCode,
                String(entry.attempts.count),
            ]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
