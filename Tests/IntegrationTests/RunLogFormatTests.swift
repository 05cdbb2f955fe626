import Foundation
import Testing

/// `flowerbot run --log-format json`: every line of standard error is one JSON object with
/// the ids in its metadata, and the token nowhere.
@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct RunLogFormatTests {
  @Test func jsonLogsAreOneObjectPerLineWithTheUpdateAndChatIDs() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let bot = try FlowerbotProcess(
      arguments: [
        "--api-url", tg.baseURL.absoluteString, "--db", try LiveBot.temporaryDatabase(), "--locales",
        repositoryRoot.appendingPathComponent("locales").path, "--log-level", "debug", "--log-format", "json",
      ],
      token: LiveBot.token)
    try await tg.act({ try tg.send("/start", from: LiveBot.customer) }, expect: "Здравствуйте, Айгерим")
    try await tg.waitForAnswers()
    bot.process.terminate()
    #expect(await bot.exit() == 0)
    let output = bot.output
    #expect(!output.contains(LiveBot.token), "the token leaked into the log")
    var messages: [String: [String: Any]] = [:]
    for line in output.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let parsed = try #require(object, "not a JSON object: \(line)")
      #expect(parsed["timestamp"] is String && parsed["level"] is String && parsed["label"] as? String == "flowerbot")
      let message = try #require(parsed["message"] as? String)
      messages[message] = parsed["metadata"] as? [String: Any] ?? [:]
    }
    let processed = try #require(messages["update processed"], "\(messages.keys.sorted())")
    #expect(processed["update_id"] is String && processed["outcome"] as? String == "processed")
    #expect(processed["chat_id"] as? String == "\(LiveBot.customer)")
    #expect(messages["batch received"]?["first_update_id"] is String)
    #expect(messages["message delivered"]?["outbox_id"] is String)
    #expect(messages["stopped"] != nil)
  }
}
