import ArgumentParser

/// `gai`: the gateway's command line.
struct GaiCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "gai",
        abstract: "An LLM gateway that speaks the OpenAI API.",
        version: version,
        subcommands: [ServeCommand.self, ConfigCommand.self, KeysCommand.self, SpendCommand.self, DLQCommand.self, EventsCommand.self, VersionCommand.self],
        defaultSubcommand: nil)
}

@main
enum GaiMain {
    /// Synchronous on purpose: `gai serve` must size NIO's event loops and install them as Swift
    /// Concurrency's executor before any task runs, so request handlers run on the event loop
    /// that owns their connection instead of hopping to the global pool on every `await`.
    static func main() {
        do {
            var command = try GaiCommand.parseAsRoot()
            if let serve = command as? ServeCommand {
                try serve.runBlocking()
            } else {
                try command.run()
            }
        } catch {
            GaiCommand.exit(withError: error)
        }
    }
}

/// `gai version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version.")

    func run() {
        print("gai \(GaiCommand.version)")
    }
}
