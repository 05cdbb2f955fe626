import ArgumentParser

/// `flowerbot bench …`: measurements that print figures (never timed assertions in tests).
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure speed and memory; prints figures.",
    subcommands: [BenchEngineCommand.self, BenchSearchCommand.self, BenchBroadcastCommand.self])
}
