import ArgumentParser

/// `gai`: the gateway's command line.
struct GaiCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "gai",
        abstract: "An LLM gateway that speaks the OpenAI API.",
        version: version,
        subcommands: [ServeCommand.self, ConfigCommand.self, VersionCommand.self],
        defaultSubcommand: nil)
}

@main
enum GaiMain {
    static func main() async {
        do {
            var command = try GaiCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
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
