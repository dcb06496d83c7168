import Foundation
import GaiCore
import Logging

/// A swift-log handler that writes one JSON object per line.
///
/// Formatting happens on the caller's thread (cheap); the write itself goes to a ``LogWriter``
/// so that no request ever waits on stdout.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let writer: LogWriter

    public init(label: String, level: Logger.Level = .info, writer: LogWriter) {
        self.label = label
        self.logLevel = level
        self.writer = writer
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        writer.write(Self.format(event: event, label: label, handlerMetadata: metadata, provided: metadataProvider?.get()))
    }

    /// One log line, newline-terminated. Keys: `ts`, `level`, `msg`, `logger`, `error` (when the
    /// event carries one), then metadata (a metadata key that clashes with these becomes `fields.<key>`).
    public static func format(
        event: LogEvent, label: String, handlerMetadata: Logger.Metadata = [:], provided: Logger.Metadata? = nil,
        timestamp: Date = Date()
    ) -> String {
        var line = "{\"ts\":\""
        line.reserveCapacity(512)
        line += UTCTimestamp.iso8601(timestamp)
        line += "\",\"level\":\""
        line += event.level.rawValue
        line += "\",\"msg\":"
        appendJSONString(event.message.description, to: &line)
        line += ",\"logger\":"
        appendJSONString(label, to: &line)
        if let error = event.error {
            line += ",\"error\":"
            appendJSONString(String(describing: error), to: &line)
        }
        // The usual line (an access-log line) has only the event's own metadata: no merge.
        var merged = event.metadata ?? [:]
        if !handlerMetadata.isEmpty || provided != nil {
            merged = handlerMetadata
            if let provided { merged.merge(provided) { _, new in new } }
            if let metadata = event.metadata { merged.merge(metadata) { _, new in new } }
        }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += ","
            // Metadata named like a fixed key is renamed (as logrus does) so it can neither
            // duplicate nor, for parsers that keep the last member, replace `msg` or `level`.
            appendJSONString(reservedKeys.contains(key) ? "fields.\(key)" : key, to: &line)
            line += ":"
            appendJSON(value, to: &line)
        }
        line += "}\n"
        return line
    }

    private static let reservedKeys: Set<String> = ["ts", "level", "msg", "logger", "error"]

    static func appendJSON(_ value: Logger.Metadata.Value, to line: inout String) {
        switch value {
        case .string(let text):
            appendJSONString(text, to: &line)
        case .stringConvertible(let convertible):
            appendJSONString(convertible.description, to: &line)
        case .array(let values):
            line += "["
            for (index, element) in values.enumerated() {
                if index > 0 { line += "," }
                appendJSON(element, to: &line)
            }
            line += "]"
        case .dictionary(let members):
            line += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { line += "," }
                appendJSONString(key, to: &line)
                line += ":"
                if let member = members[key] { appendJSON(member, to: &line) }
            }
            line += "}"
        }
    }

    static func appendJSONString(_ text: String, to line: inout String) {
        line += "\""
        line += JSONText.escaped(text)
        line += "\""
    }
}
