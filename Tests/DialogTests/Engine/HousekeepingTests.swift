import Foundation
import GRDB
import Testing

@testable import Dialog

@Suite struct HousekeepingTests {
  func counts(_ h: EngineHarness) async throws -> (seen: Int, outbox: Int, pending: Int) {
    try await h.database.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM seen_updates") ?? 0,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE status = 'pending'") ?? 0
      )
    }
  }

  @Test func oldUpdateIdsAndFinishedRowsGoPendingRowsStay() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    try await h.dispatcher.deliverPending()
    h.clock.advance(by: 8 * 86_400)
    _ = try await h.engine.process(h.text("two", update: 2))
    #expect(try await h.engine.cleanUpIfDue() == 1)
    #expect(try await counts(h) == (1, 2, 1))
    // A recent update is still recognised when Telegram delivers it again.
    #expect(try await h.engine.process(h.text("two", update: 2)) == .duplicate)

    h.clock.advance(by: 31 * 86_400)
    #expect(try await h.engine.cleanUpIfDue() == 2)
    // The pending reply stays, however old: it has yet to be sent.
    #expect(try await counts(h) == (0, 1, 1))
  }

  @Test func runsAtMostOnceAnHour() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    h.clock.advance(by: 8 * 86_400)
    #expect(try await h.engine.cleanUpIfDue() == 1)
    _ = try await h.engine.process(h.text("two", update: 2))
    h.clock.advance(by: 1_800)
    #expect(try await h.engine.cleanUpIfDue() == 0)
    h.clock.advance(by: 8 * 86_400)
    #expect(try await h.engine.cleanUpIfDue() == 1)
  }
}
