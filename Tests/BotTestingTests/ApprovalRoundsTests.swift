import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

@testable import BotTesting

/// Photo approval through the real bot and SQLite: every round is recorded with its photos (and
/// the local copies under the data directory), the decision, the comment, who and when.
@Suite struct ApprovalRoundsTests {
  static let prefix = """
    customer> /start
    customer> [💐 Каталог]
    customer> [Розы]
    customer> #1
    customer> [1]
    customer> [🚚 Доставка]
    customer> #1
    customer> [Сегодня]
    customer> [15:00–17:00]
    customer> ул. Абая, 10
    customer> Алия
    customer> 8 707 111 22 33
    customer> [Без открытки]
    customer> [✍️ От моего имени]
    customer> [🤫 Не звонить — это сюрприз]
    customer> [📱 Отправить мой номер]
    customer> [📲 Kaspi.kz]
    customer> [✅ Подтвердить заказ]
    florist> [✅ Принять]
    florist> [💐 Начать сборку]
    """

  @Test func everyRoundIsRecorded() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("approval-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }
    var configuration = try EndToEndTests.configuration()
    configuration.dataDirectory = data
    let simulator = try BotSimulator.make(configuration: configuration, start: TranscriptRunner.defaultStart)
    let console = ConsoleSession(simulator: simulator)
    let script =
      Self.prefix + """

        @advance 1h
        florist> :reply images/mix-pastel.jpg
        @advance 5m
        customer> [✏️ Хочу изменить]
        customer> Больше зелени
        @advance 30m
        florist> :photo images/mix-sunny.jpg /photo 1
        @advance 5m
        customer> [👍 Всё отлично]
        """
    for line in script.split(separator: "\n") {
      let output = await console.handle(line: String(line))
      #expect(!output.contains { $0.hasPrefix("!") }, "\(line): \(output)")
    }
    let start = TranscriptRunner.defaultStart
    let (rounds, order) = try await simulator.bot.database.read { db in
      let order = try #require(try OrderStore.all(db).first)
      return (try OrderPhotoStore.rounds(db, order: order.id), order)
    }
    #expect(order.status == .approved)
    #expect(rounds.count == 2)
    let first = try #require(rounds.first)
    #expect(first.number == 1 && first.sentBy == "florist:2001" && first.sentChat == ChatID(2001))
    #expect(first.sentAt == start.addingTimeInterval(3600))
    #expect(first.decision == .changesRequested && first.decidedBy == "customer:1001")
    #expect(first.decidedAt == start.addingTimeInterval(3900))
    #expect(first.comment == "Больше зелени" && first.commentPhoto == nil && first.commentBy == "customer:1001")
    #expect(first.commentAt == start.addingTimeInterval(3900))
    let second = try #require(rounds.last)
    #expect(second.number == 2 && second.decision == .approved && second.comment == nil)
    for photo in rounds.flatMap(\.photos) {
      let path = try #require(photo.localPath)
      #expect(path.hasPrefix(data.path))
      #expect(FileManager.default.fileExists(atPath: path))
    }
    let timers = try await simulator.bot.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM timers")
    }
    #expect(timers == 0)
    let shopID = configuration.shop.shop.id
    let stats = try await simulator.bot.database.read { db in try OrderPhotoStore.firstRoundStats(db, shopID: shopID) }
    #expect(stats.answered == 1 && stats.approved == 0)
  }

  @Test func staffMovingTheOrderClosesTheWaitingRound() async throws {
    let simulator = try BotSimulator.make(
      configuration: try EndToEndTests.configuration(), start: TranscriptRunner.defaultStart)
    let console = ConsoleSession(simulator: simulator)
    for line in (Self.prefix + "\nflorist> :photo images/mix-pastel.jpg /photo 1\nflorist> [🔁 Вернуть в сборку]")
      .split(separator: "\n")
    {
      _ = await console.handle(line: String(line))
    }
    let rounds = try await simulator.bot.database.read { db in try OrderPhotoStore.rounds(db, order: OrderID(1)) }
    #expect(rounds.map(\.decision) == [.closedByStaff])
    #expect(
      await console.handle(line: "customer> :callback a:ok:1") == [
        "bot → customer: toast", "  | Это фото уже неактуально — ответ не нужен",
      ])
  }
}
