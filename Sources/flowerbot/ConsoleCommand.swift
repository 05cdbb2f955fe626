import ArgumentParser
import BotTesting
import Dialog
import Flows
import Foundation
import GRDB
import Logging

/// `flowerbot console`: the real bot against a terminal chat, with fake Telegram.
struct ConsoleCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "console", abstract: "Chat with the bot in the terminal (no token, no network).")

  @Option(help: "SQLite database that keeps state between runs (default: in memory, thrown away).") var db: String?
  @Option(help: "Shop configuration JSON (default: the embedded demo shop).") var config: String?
  @Option(help: "Folder with the locale files.") var locales: String?

  func run() async throws {
    let configuration = try Paths.configuration(config: config, locales: locales)
    let database: any DatabaseWriter = try db.map { try BotDatabase.openPool(path: $0) } ?? BotDatabase.inMemory()
    let clock = ManualClock(Date())
    let transport = FakeTelegramTransport()
    let logger = Logger(label: "flowerbot.console", factory: { StreamLogHandler.standardError(label: $0) })
    let dependencies = BotDependencies(
      database: database, clock: clock, random: SystemRandomSource(), delivery: transport, logger: logger)
    let build: @Sendable () throws -> Bot = { try buildBot(configuration: configuration, dependencies: dependencies) }
    let session = ConsoleSession(bot: try build(), transport: transport, clock: clock, rebuild: build)
    let interactive = isatty(STDIN_FILENO) != 0
    if interactive {
      emit("flowerbot console — \(configuration.shop.shop.name). Type :help for the syntax, Ctrl-D to quit.\n")
    }
    // Real time passes between lines unless a transcript took over the clock with @clock/@advance.
    var clockIsManual = false
    while true {
      if interactive {
        emit(await session.prompt)
      }
      guard let line = readLine() else { break }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("@clock") || trimmed.hasPrefix("@advance") { clockIsManual = true }
      if !clockIsManual { clock.set(Date()) }
      for output in await session.handle(line: line) { emit(output + "\n") }
    }
  }
}

/// Unbuffered, so prompts show before input is read.
private func emit(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}
