import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging

@testable import Flows

/// Accepts every message without sending it (tests read the outbox instead).
struct NoDelivery: MessageDelivery {
  func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? { nil }
}

/// 10:30 on 27 November 2026 in Almaty, always.
struct FixedClock: WallClock {
  func now() -> Date { almaty(2026, 11, 27, 10, 30) }
}

/// The same "random" number every time, so tracking ids are known.
struct FixedRandom: RandomSource {
  func next() -> UInt64 { 42 }
}

/// The demo shop's whole bot on `database` (a fresh in-memory one by default), for tests that go
/// through the real engine and SQLite.
func demoBot(
  database: (any DatabaseWriter)? = nil, delivery: any MessageDelivery = NoDelivery()
) throws -> Bot {
  let configuration = BotConfiguration(
    shop: demoShop, imageDirectory: URL(fileURLWithPath: "/shop"), localizer: localizer)
  let dependencies = BotDependencies(
    database: try database ?? BotDatabase.inMemory(), clock: FixedClock(), random: FixedRandom(), delivery: delivery,
    logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
  return try buildBot(configuration: configuration, dependencies: dependencies)
}
