import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// The customer's answers, the timers and the rights: the whole state and effect list each time.
@Suite struct ApprovalAnswerTests {
  let c = context(at: almaty(2026, 11, 28, 11, 10))
  let round = PhotoRoundID(7)

  func t(_ event: ApprovalEvent, _ s: ApprovalState? = nil, _ actor: Author = customerActor) -> ApprovalTransition {
    Approval.transition(s, event, c, actor)
  }

  func view(decision: PhotoDecision? = nil, status: OrderStatus = .photoSent, latest: Bool = true) -> RoundView {
    let r = PhotoRound(
      id: round, order: OrderID(1), number: 1, photos: [OrderPhoto(fileID: "file-1")], sentBy: "florist:2001",
      sentChat: ChatID(2001), sentAt: almaty(2026, 11, 28, 11), decision: decision)
    return RoundView(
      round: r, order: sampleOrder(status: status), linkedChats: [ChatID(1001), ChatID(1002)], isLatest: latest)
  }

  @Test func pressesLoadTheRoundFirst() {
    #expect(t(.approvePressed(round)) == ApprovalTransition(nil, [.loadRound(round, .approve)]))
    #expect(t(.changePressed(round)) == ApprovalTransition(nil, [.loadRound(round, .change)]))
    #expect(t(.reminderDue(round)) == ApprovalTransition(nil, [.loadRound(round, .remind)]))
    #expect(t(.deadlineReached(round)) == ApprovalTransition(nil, [.loadRound(round, .deadline)]))
  }

  @Test func aLinkedChatDecidesAWaitingRound() {
    #expect(
      t(.roundLoaded(view(), .approve)) == ApprovalTransition(nil, [.decide(round, .approved, actor: "customer:1001")]))
    #expect(
      t(.roundLoaded(view(), .change))
        == ApprovalTransition(nil, [.decide(round, .changesRequested, actor: "customer:1001")]))
  }

  @Test func otherChatsAndStaleRoundsChangeNothing() {
    let stranger = Author(user: UserID(1005), role: .customer, chat: ChatID(1005))
    #expect(
      t(.roundLoaded(view(), .approve), nil, stranger) == ApprovalTransition(nil, [.toast(ApprovalText.notYours())]))
    #expect(t(.roundLoaded(view(latest: false), .approve)) == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
    #expect(
      t(.roundLoaded(view(decision: .approved, status: .approved), .change))
        == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
    #expect(
      t(.roundLoaded(view(decision: .closedByStaff, status: .assembling), .approve))
        == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
    #expect(t(.roundLoaded(nil, .approve)) == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
    #expect(t(.decided(nil, .approved)) == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
  }

  @Test func approvalThanksTheCustomerAndTellsTheFlorist() {
    let v = view(decision: .approved, status: .approved)
    #expect(
      t(.decided(v, .approved))
        == ApprovalTransition(
          nil,
          [.send(ApprovalText.approvedThanks(v))]
            + OrderNotice.statusChanged(v.order, note: nil, to: [ChatID(1002)], c).map { .send($0) }
            + [.send(ApprovalText.approvedForFlorist(v, c))]))
  }

  @Test func aChangeRequestAsksWhatToChange() {
    let v = view(decision: .changesRequested, status: .assembling)
    #expect(
      t(.decided(v, .changesRequested))
        == ApprovalTransition(
          .awaitingComment(round: round, number: OrderNumber(1)),
          [
            .send(ApprovalText.askComment(v)), .send(ApprovalText.changeRequestedElsewhere(v, chat: ChatID(1002))),
            .send(ApprovalText.changeRequestedForFlorist(v)),
          ]))
    let waiting = ApprovalState.awaitingComment(round: round, number: OrderNumber(1))
    #expect(
      t(.textEntered("  больше зелени ", photo: nil), waiting)
        == ApprovalTransition(waiting, [.recordComment(round, text: "больше зелени", photo: nil)]))
    #expect(
      t(.textEntered("", photo: "file-9"), waiting)
        == ApprovalTransition(waiting, [.recordComment(round, text: "", photo: "file-9")]))
    #expect(
      t(.textEntered(" ", photo: nil), waiting)
        == ApprovalTransition(waiting, ApprovalText.prompt(waiting).map { .send($0) }))
    let long = String(repeating: "а", count: Approval.commentLimit + 1)
    #expect(
      t(.textEntered(long, photo: nil), waiting)
        == ApprovalTransition(waiting, [.send(ApprovalText.commentTooLong(Approval.commentLimit))]))
    #expect(
      t(.commentRecorded(v, text: "больше зелени", photo: nil), waiting)
        == ApprovalTransition(
          nil,
          [.send(ApprovalText.commentPassed(v)), .send(ApprovalText.commentForFlorist(v, "больше зелени", nil, c))]))
  }

  @Test func timersRemindThenApprove() {
    let deadline = almaty(2026, 11, 28, 12)
    #expect(
      t(.roundLoaded(view(), .remind))
        == ApprovalTransition(
          nil,
          [ChatID(1001), ChatID(1002)].map { .send(ApprovalText.reminder(view(), chat: $0, deadline: deadline, c)) }))
    #expect(
      t(.roundLoaded(view(), .deadline)) == ApprovalTransition(nil, [.decide(round, .autoApproved, actor: "system")]))
    #expect(t(.roundLoaded(view(decision: .approved, status: .approved), .remind)) == ApprovalTransition(nil))
    #expect(t(.roundLoaded(view(latest: false), .deadline)) == ApprovalTransition(nil))
    let auto = view(decision: .autoApproved, status: .approved)
    #expect(
      t(.decided(auto, .autoApproved))
        == ApprovalTransition(
          nil,
          [ChatID(1001), ChatID(1002)].map { .send(ApprovalText.autoApproved(auto, chat: $0)) }
            + [.send(ApprovalText.autoApprovedForFlorist(auto, c))]))
  }

  @Test func anAnswerAfterAutoApprovalStillReachesTheFlorist() {
    let auto = view(decision: .autoApproved, status: .approved)
    #expect(
      t(.roundLoaded(auto, .approve))
        == ApprovalTransition(
          nil, [.send(ApprovalText.lateThanks(auto)), .send(ApprovalText.lateApprovalForFlorist(auto))]))
    #expect(
      t(.roundLoaded(auto, .change))
        == ApprovalTransition(
          .awaitingComment(round: round, number: OrderNumber(1)), [.send(ApprovalText.askLateComment(auto))]))
    #expect(
      t(.roundLoaded(view(decision: .autoApproved, status: .inDelivery), .change))
        == ApprovalTransition(nil, [.toast(ApprovalText.stale())]))
  }

  @Test func staffOnlySendPhotos() {
    #expect(t(.photoCommand(arguments: "1")) == ApprovalTransition(nil, [.send(ApprovalText.staffOnly())]))
    #expect(
      t(.photoReceived(StaffPhoto(photo: OrderPhoto(fileID: "f"), caption: "/photo 1"))) == ApprovalTransition(nil))
    #expect(t(.sendPhotoPressed(OrderID(1))) == ApprovalTransition(nil, [.toast(key(.boardStaffOnlyButton))]))
    #expect(t(.orderPicked(OrderID(1))) == ApprovalTransition(nil, [.toast(key(.boardStaffOnlyButton))]))
    #expect(
      Approval.transition(nil, .photoCommand(arguments: "1"), c, floristActor)
        == ApprovalTransition(nil, [.loadOrder(.number(OrderNumber(1)), .awaitPhoto)]))
    #expect(
      Approval.transition(nil, .photoCommand(arguments: ""), c, floristActor)
        == ApprovalTransition(nil, [.send(ApprovalText.photoUsage())]))
  }

  @Test func buttonsRoundTripWithinTelegramsLimit() {
    for button in [
      ApprovalButton.approve(PhotoRoundID(Int64.max)), .change(PhotoRoundID(1)), .pick(OrderID(Int64.max)),
    ] {
      let data = CallbackPayload.approval(button).data
      #expect(data.utf8.count <= 64)
      #expect(CallbackPayload(data: data) == .approval(button))
    }
    #expect(CallbackPayload(data: "a:ok:0") == nil)
    #expect(CallbackPayload(data: "a:zz:1") == nil)
  }
}
