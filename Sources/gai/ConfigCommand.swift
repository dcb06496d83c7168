import ArgumentParser
import GaiConfig

/// `gai config check`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Work with configuration files.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Validate a configuration and print every problem found (file, key, what is wrong).")

        @Option(name: .long, help: "The YAML configuration file; without it, the built-in defaults are checked.")
        var config: String?

        func run() throws {
            do {
                let loaded = try ConfigurationLoader().load(path: config)
                print("\(loaded.source): OK (\(loaded.providers.count) provider(s), \(loaded.models.count) model(s))")
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        }
    }
}

func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStandardError.write(string)
    }
}
