import Dialog
import FlowerShop
import Testing

@testable import Flows

/// Preparing, confirming, refusing and cancelling a broadcast, and the progress timer's ticks.
@Suite struct BroadcastTransitionTests {
  static let session: Int64 = 77
  func t(_ state: AdminState?, _ event: AdminEvent) -> AdminTransition {
    Admin.transition(state, event, actor: adminActor, session: Self.session)
  }
  func say(_ k: L10n, _ arguments: [String: LocaleArgument] = [:]) -> AdminEffect { .send(Reply(key(k, arguments))) }
  let text = BroadcastContent(text: "Скидка 15% на розы")
  var draft: BroadcastDraft { BroadcastDraft(content: text, recipients: 2, session: Self.session) }

  @Test func aBroadcastIsCheckedForARunningOneFirst() {
    #expect(t(nil, .broadcastCommand(arguments: "")) == AdminTransition(nil, [.checkRunning]))
    #expect(t(nil, .runningChecked(nil)) == AdminTransition(.broadcast(.awaitingContent), [say(.broadcastAsk)]))
    let running = BroadcastRecord(
      id: BroadcastID(4), adminChat: ChatID(1000), adminUser: UserID(1000), text: "x", photoFileID: nil,
      status: .running, total: 10, progressMessageID: 5, progressOutboxID: nil, shown: nil)
    #expect(t(nil, .runningChecked(running)) == AdminTransition(nil, [say(.broadcastBusy, ["id": .number(4)])]))
    #expect(t(nil, .broadcastRefused(running)) == AdminTransition(nil, [say(.broadcastBusy, ["id": .number(4)])]))
  }

  @Test func textThenPreviewWithTheRecipientsCount() {
    let waiting = AdminState.broadcast(.awaitingContent)
    #expect(
      t(waiting, .textEntered("  Скидка 15% на розы \n"))
        == AdminTransition(waiting, [.countRecipients(text, session: Self.session)]))
    #expect(
      t(waiting, .recipientsCounted(draft))
        == AdminTransition(
          .broadcast(.confirming(draft)), [.send(text.reply()), .send(BroadcastText.confirmation(draft))]))
    let none = BroadcastDraft(content: text, recipients: 0, session: Self.session)
    #expect(t(waiting, .recipientsCounted(none)) == AdminTransition(nil, [say(.broadcastNoRecipients)]))
  }

  @Test func aPhotoWithItsCaptionIsTheContent() {
    let waiting = AdminState.broadcast(.awaitingContent)
    let photo = BroadcastContent(text: "Букет недели", photoFileID: "F1")
    #expect(
      t(waiting, .photoSent(fileID: "F1", caption: "Букет недели"))
        == AdminTransition(waiting, [.countRecipients(photo, session: Self.session)]))
    #expect(
      photo.reply(to: ChatID(5), priority: .bulk)
        == Reply(to: ChatID(5), .verbatim("Букет недели"), photo: .fileID("F1"), priority: .bulk))
  }

  @Test func tooLongIsRefusedWithTheLimit() {
    let waiting = AdminState.broadcast(.awaitingContent)
    let caption = String(repeating: "а", count: 1025)
    #expect(
      t(waiting, .photoSent(fileID: "F1", caption: caption))
        == AdminTransition(waiting, [say(.broadcastTooLong, ["limit": .number(1024), "length": .number(1025)])]))
  }

  @Test func confirmStartsOnlyThisPreview() {
    let confirming = AdminState.broadcast(.confirming(draft))
    #expect(
      t(confirming, .buttonPressed(.confirmBroadcast(session: Self.session)))
        == AdminTransition(nil, [.startBroadcast(draft)]))
    #expect(
      t(confirming, .buttonPressed(.confirmBroadcast(session: 1)))
        == AdminTransition(confirming, [.toast(key(.broadcastStale))]))
    #expect(
      t(nil, .buttonPressed(.confirmBroadcast(session: Self.session)))
        == AdminTransition(nil, [.toast(key(.broadcastStale))]))
    #expect(t(confirming, .textEntered("ещё текст")) == AdminTransition(confirming, [say(.broadcastConfirmFirst)]))
    #expect(
      t(confirming, .buttonPressed(.discardBroadcast(session: Self.session)))
        == AdminTransition(nil, [say(.broadcastDiscarded)]))
  }

  @Test func startedShowsProgressAndCancelReports() {
    let id = BroadcastID(3)
    let zero = BroadcastProgress(remaining: 2)
    #expect(
      t(nil, .broadcastStarted(id, total: 2))
        == AdminTransition(nil, [.showProgress(id, Reply(BroadcastText.progress(id, zero, .running)))]))
    #expect(t(nil, .broadcastCommand(arguments: "cancel")) == AdminTransition(nil, [.cancelBroadcast]))
    #expect(
      t(nil, .broadcastCancelled(nil, BroadcastProgress())) == AdminTransition(nil, [say(.broadcastNothingToCancel)]))
    let stopped = BroadcastProgress(sent: 1, cancelled: 1)
    #expect(
      t(nil, .broadcastCancelled(id, stopped))
        == AdminTransition(nil, [.send(Reply(BroadcastText.report(id, stopped, cancelled: true)))]))
  }

  @Test func theTimerEditsOnlyOnChangeAndEndsWithAReport() {
    var record = BroadcastRecord(
      id: BroadcastID(1), adminChat: ChatID(1000), adminUser: UserID(1000), text: "x", photoFileID: nil,
      status: .running, total: 3, progressMessageID: 9, progressOutboxID: nil, shown: nil)
    let midway = BroadcastProgress(sent: 1, blocked: 1, remaining: 1)
    #expect(
      BroadcastProgressTimer.tick(record, midway)
        == .init(edit: BroadcastText.progress(record.id, midway, .running), finished: false, report: nil))
    record.shown = midway
    #expect(BroadcastProgressTimer.tick(record, midway) == .init(edit: nil, finished: false, report: nil))
    let done = BroadcastProgress(sent: 2, blocked: 1)
    #expect(
      BroadcastProgressTimer.tick(record, done)
        == .init(
          edit: BroadcastText.progress(record.id, done, .finished), finished: true,
          report: Reply(BroadcastText.report(record.id, done, cancelled: false))))
    record.status = .cancelled
    #expect(BroadcastProgressTimer.tick(record, done) == .init(edit: nil, finished: false, report: nil))
  }
}
