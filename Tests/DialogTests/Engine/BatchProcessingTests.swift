import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// `process(together:)`: a `getUpdates` batch in one transaction keeps every guarantee of one
/// transaction per update, and one chat's updates never overtake each other.
@Suite struct BatchProcessingTests {
  func outcomes(_ results: [Result<UpdateOutcome, any Error>]) -> [UpdateOutcome?] {
    results.map { try? $0.get() }
  }

  @Test func aBatchIsProcessedInOrderWithDuplicatesIgnoredAndApologies() async throws {
    let h = try EngineHarness()
    let batch = [
      h.text("a", update: 1, chat: 10), h.text("b", update: 2, chat: 20), h.text("boom", update: 3, chat: 10),
      h.text("c", update: 4, chat: 10), h.text("b", update: 2, chat: 20), Update(updateID: 5),
    ]
    let results = await h.engine.process(together: batch)
    #expect(outcomes(results) == [.processed, .processed, .failed, .processed, .duplicate, .ignored])
    #expect(try await h.texts() == ["a (1)", "b (1)", "Простите, что-то пошло не так.", "c (2)"])
    #expect(try await h.database.read { db in try db.tableExists("boom_written") } == false)
    // Processed once: the same batch again is all duplicates.
    let again = await h.engine.process(together: batch)
    #expect(outcomes(again) == [.duplicate, .duplicate, .duplicate, .duplicate, .duplicate, .duplicate])
  }

  @Test func aDatabaseFailureHoldsBackTheRestOfItsChatOnly() async throws {
    let h = try EngineHarness()
    let batch = [
      h.text("a", update: 1, chat: 10), h.text("sqlboom", update: 2, chat: 10), h.text("b", update: 3, chat: 10),
      h.text("x", update: 4, chat: 20),
    ]
    let results = await h.engine.process(together: batch)
    #expect(outcomes(results) == [.processed, nil, nil, .processed])
    #expect(throws: FailedLanes.Blocked.self) { try results[2].get() }
    #expect(try await h.texts() == ["a (1)", "x (1)"])
    // Telegram sends the batch again: what committed is skipped, the rest runs in order.
    let retry = [h.text("sqlboom-fixed", update: 2, chat: 10), h.text("b", update: 3, chat: 10)]
    #expect(
      outcomes(await h.engine.process(together: batch.prefix(1) + retry)) == [.duplicate, .processed, .processed])
    #expect(try await h.texts() == ["sqlboom-fixed (2)", "b (3)"])
  }

  @Test func onlyInputsThePreparerWantsAreSlow() throws {
    struct PhotosOnly: InputPreparer {
      func prepare(_ event: IncomingEvent) async -> IncomingEvent { event }
      func needsPreparation(_ event: IncomingEvent) -> Bool {
        if case .photo = event.input { true } else { false }
      }
    }
    let h = try EngineHarness()
    let engine = Engine(
      database: h.database, logic: CountingLogic(), localizer: h.engine.renderer.localizer, clock: h.clock,
      random: SeededRandom(), logger: Logger(label: "test"), preparer: PhotosOnly())
    var photo = h.text("", update: 2)
    photo.message?.text = nil
    photo.message?.photo = [PhotoSize(fileID: "f", fileUniqueID: "u", width: 100, height: 100)]
    #expect(engine.isQuick(h.text("hi", update: 1)))
    #expect(!engine.isQuick(photo))
    #expect(h.engine.isQuick(photo))  // no preparer: nothing to wait for
  }
}
