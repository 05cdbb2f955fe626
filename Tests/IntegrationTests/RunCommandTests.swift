import Foundation
import TelegramBotAPI
import Testing

/// The `flowerbot` executable next to the test bundle (built by `swift build`), if there is one.
enum FlowerbotBinary {
  static let url: URL? = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("flowerbot")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return nil
  }()
}

/// A running `flowerbot run` process with its standard error collected.
final class FlowerbotProcess: @unchecked Sendable {
  let process = Process()
  let log = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-run-\(UUID().uuidString).log")

  init(arguments: [String], token: String?) throws {
    process.executableURL = FlowerbotBinary.url
    process.arguments = ["run"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["TELEGRAM_BOT_TOKEN"] = token
    environment["TELEGRAM_API_URL"] = nil
    process.environment = environment
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    process.standardError = handle
    process.standardOutput = handle
    try process.run()
  }

  /// Waits for the process to end; returns its exit status.
  func exit() async -> Int32 {
    await withCheckedContinuation { continuation in
      Thread {
        self.process.waitUntilExit()
        continuation.resume(returning: self.process.terminationStatus)
      }.start()
    }
  }

  var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
}

@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct RunCommandTests {
  @Test func runServesACustomerAndStopsCleanlyOnSIGTERMWithoutLoggingTheToken() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let database = try LiveBot.temporaryDatabase()
    let bot = try FlowerbotProcess(
      arguments: [
        "--api-url", tg.baseURL.absoluteString, "--db", database, "--locales",
        repositoryRoot.appendingPathComponent("locales").path, "--log-level", "debug",
      ],
      token: LiveBot.token)
    try await tg.act({ try tg.send("/start", from: LiveBot.customer) }, expect: "Здравствуйте, Айгерим")
    try await tg.act({ try tg.press("💐 Каталог", by: LiveBot.customer) }, expect: "Выберите категорию")
    try await tg.act({ try tg.press("Розы", by: LiveBot.customer) }, expect: "Розы — выберите букет")
    try await tg.waitForAnswers()

    bot.process.terminate()
    #expect(await bot.exit() == 0)
    let output = bot.output
    #expect(!output.contains(LiveBot.token), "the token leaked into the log")
    #expect(!output.contains("TEST-integration_token"), "the token leaked into the log")
    #expect(output.contains("stopped"))
    #expect(tg.read(\.violations) == [])
    let scopes = tg.read { $0.menus.map { $0.scope ?? .default } }
    #expect(scopes.contains(.default))
    #expect(scopes.contains(.chat(chatID: 1000)) && scopes.contains(.chat(chatID: 2001)))
  }

  @Test func aStaffMembersLanguageSurvivesARestartInTheirCommandsMenu() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let database = try LiveBot.temporaryDatabase()
    let arguments = [
      "--api-url", tg.baseURL.absoluteString, "--db", database, "--locales",
      repositoryRoot.appendingPathComponent("locales").path,
    ]
    let florist = LiveBot.florist
    let first = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.act(in: florist, { try tg.send("/language", from: florist) }, expect: "На каком языке")
    try await tg.act(in: florist, { try tg.press("Қазақша", by: florist) }, expect: "қазақша")
    try await tg.waitForAnswers()
    first.process.terminate()
    #expect(await first.exit() == 0)

    let startMenus = tg.read { $0.menus.count }
    let second = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.waitUntil("the florist's menu") { state in
      state.menus.count > startMenus
        && state.menus.dropFirst(startMenus).contains { $0.scope == .chat(chatID: florist) }
    }
    let menu = try #require(tg.read { $0.menus.dropFirst(startMenus).last { $0.scope == .chat(chatID: florist) } })
    #expect(menu.commands.contains { $0.description == "Көмек" })
    // Serving, in Kazakh, before it is stopped.
    try await tg.act(in: florist, { try tg.send("/language", from: florist) }, expect: "Қай тілде")
    second.process.terminate()
    #expect(await second.exit() == 0)
  }

  @Test func runRefusesToStartWithoutAToken() async throws {
    let bot = try FlowerbotProcess(arguments: ["--api-url", "http://127.0.0.1:9"], token: nil)
    #expect(await bot.exit() != 0)
    #expect(bot.output.contains("TELEGRAM_BOT_TOKEN is not set"))
  }

  @Test func runSaysSoWhenTelegramRejectsTheToken() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let wrong = "654321:WRONG-token_value"
    let bot = try FlowerbotProcess(
      arguments: ["--api-url", tg.baseURL.absoluteString, "--db", try LiveBot.temporaryDatabase()], token: wrong)
    #expect(await bot.exit() != 0)
    #expect(bot.output.contains("Telegram rejected the bot token"))
    #expect(!bot.output.contains("WRONG-token_value"))
  }
}
