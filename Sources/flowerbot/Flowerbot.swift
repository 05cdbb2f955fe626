import ArgumentParser

/// The command-line entry point. Parses configuration and calls the composition root; no
/// business rules live here.
@main
struct Flowerbot: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "flowerbot",
    abstract: "A Telegram bot for a flower shop in Kazakhstan.",
    subcommands: [
      RunCommand.self, ConsoleCommand.self, ReplayCommand.self, OrdersCommand.self, BenchCommand.self,
      CatalogCommand.self, SearchCommand.self,
    ])
}
